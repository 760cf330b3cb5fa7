//! Any bytes given to the html importer give Markdown or a message, never a panic; the Markdown
//! parses into a reading. (The window runs importers in a child process too, so a crash here
//! would cost only the import; the fuzzer makes sure there is none to cost.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(markdown) = lectern::import::html::to_markdown(data) {
        let reading = lectern::reading::parse(&markdown, lectern::reading::Origin::Text, "fuzz");
        assert_eq!(reading.prompt_count(), reading.prompts().count());
    }
});
