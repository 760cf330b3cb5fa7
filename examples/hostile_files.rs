//! Writes the hostile files Lectern's adversary tests make (`lectern::generate::hostile`) into
//! a folder, to try by hand: `cargo run --example hostile_files -- DIR`, then for instance
//! `lectern parse DIR/page-tree-loop.pdf`.

use lectern::generate::hostile;

fn main() -> std::io::Result<()> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "hostile".into()));
    std::fs::create_dir_all(&dir)?;
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("page-tree-loop.pdf", hostile::pdf_page_tree_loop()),
        ("recursive-form.pdf", hostile::pdf_recursive_form()),
        ("nested-tables.docx", hostile::docx_nested_tables(20_000)),
        ("many-runs.docx", hostile::docx_many_runs(1_000, 100)),
        (
            "brackets.md",
            hostile::reading_of_brackets(320_000).into_bytes(),
        ),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), &bytes)?;
        println!("{} ({} bytes)", dir.join(name).display(), bytes.len());
    }
    Ok(())
}
