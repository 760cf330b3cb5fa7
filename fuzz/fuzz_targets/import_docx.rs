//! Any bytes given to the docx importer give Markdown or a message, never a panic; the Markdown
//! parses into a reading. (The window runs importers in a child process too, so a crash here
//! would cost only the import; the fuzzer makes sure there is none to cost.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The third-party reader panics on some damaged files; Lectern catches that (and runs
    // importers in a child process besides). libFuzzer's hook would abort on the caught panic:
    // a quiet hook lets it be caught as in Lectern, while a panic in Lectern's own code, which
    // nothing catches, still ends the run.
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    if let Ok(markdown) = lectern::import::docx::to_markdown(data) {
        let reading = lectern::reading::parse(&markdown, lectern::reading::Origin::Text, "fuzz");
        assert_eq!(reading.prompt_count(), reading.prompts().count());
    }
});
