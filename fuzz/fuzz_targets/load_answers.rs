//! Any bytes given as an answers file give a sheet or a clear error, never a panic; a sheet that
//! loads saves back to text that loads to the same sheet.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lectern::answers::{from_ron, to_ron};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = std::path::Path::new("fuzz.ron");
    if let Ok(sheet) = from_ron(text, path) {
        let again = to_ron(&sheet).expect("a loaded sheet can be written");
        let back = from_ron(&again, path).expect("what Lectern writes, it reads");
        assert_eq!(back, sheet);
    }
});
