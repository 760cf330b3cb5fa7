pub fn run(_r: Option<std::path::PathBuf>, _a: Option<std::path::PathBuf>) -> Result<(), String> { Ok(()) }
