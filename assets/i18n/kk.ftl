words = { $count } сөз
