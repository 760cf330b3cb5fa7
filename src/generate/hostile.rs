//! Hostile files, made at test time: what a classmate could hand a teacher to stall, crash or
//! exhaust Lectern. Each is small on disk and costly to a reader that trusts it. The tests of
//! the command line and the class tools (`tests/adversary.rs`) use them, and
//! `cargo run --example hostile_files -- DIR` writes them all to a folder to try by hand.

/// A PDF whose page tree loops: the page's parent's parent is a node whose child and parent
/// is that parent. A reader that climbs the tree for inherited attributes without remembering
/// where it has been never stops (or runs out of stack).
pub fn pdf_page_tree_loop() -> Vec<u8> {
    pdf_of(&[
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 5 0 R >>",
        "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
        &stream("BT /F1 12 Tf 72 700 Td (Loop) Tj ET"),
        "<< /Type /Pages /Kids [2 0 R] /Parent 2 0 R >>",
    ])
}

/// A PDF whose page draws a form that draws itself: a reader that follows forms without a
/// depth limit recurses until its stack runs out.
pub fn pdf_recursive_form() -> Vec<u8> {
    pdf_of(&[
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X0 5 0 R >> /Font << /F1 6 0 R >> >> >>",
        &stream("BT /F1 12 Tf 72 700 Td (Start) Tj ET /X0 Do"),
        &form_stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X0 5 0 R >> /Font << /F1 6 0 R >> >>",
            "BT /F1 12 Tf 72 600 Td (Again) Tj ET /X0 Do",
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])
}

/// A Word document whose body is a table in a table in a table, `depth` deep. A reader that
/// recurses per table runs out of stack.
pub fn docx_nested_tables(depth: usize) -> Vec<u8> {
    let mut body = String::with_capacity(depth * 40);
    for _ in 0..depth {
        body.push_str("<w:tbl><w:tr><w:tc>");
    }
    body.push_str("<w:p><w:r><w:t>Deep</w:t></w:r></w:p>");
    for _ in 0..depth {
        body.push_str("</w:tc></w:tr></w:tbl><w:p/>");
    }
    docx_with_body(&body)
}

/// A Word document of `paragraphs` short paragraphs, each with many runs: small zipped, large
/// to a reader that keeps a structure per run.
pub fn docx_many_runs(paragraphs: usize, runs: usize) -> Vec<u8> {
    let mut body = String::new();
    for p in 0..paragraphs {
        body.push_str("<w:p>");
        for r in 0..runs {
            body.push_str(&format!(
                "<w:r><w:rPr><w:b/></w:rPr><w:t>w{p}x{r} </w:t></w:r>"
            ));
        }
        body.push_str("</w:p>");
    }
    docx_with_body(&body)
}

/// A reading of `n` opening brackets (and a little text), the shape that made a link scanner
/// quadratic.
pub fn reading_of_brackets(n: usize) -> String {
    let mut text = String::from("# Brackets\n\n");
    text.push_str(&"[".repeat(n));
    text.push_str("\n\n## Questions\n\n1. Why?\n");
    text
}

/// A Word document whose `word/document.xml` holds `body`.
pub fn docx_with_body(body: &str) -> Vec<u8> {
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}</w:body></w:document>"
    );
    let types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
        <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
        <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
        <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
        </Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
        </Relationships>";
    let document_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>";
    stored_zip(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/_rels/document.xml.rels", document_rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ])
}

/// A zip of `files`, stored (not compressed): all a reader needs, in a few lines.
fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in files {
        let offset = zip.len() as u32;
        let crc = crc32(data);
        let header = |signature: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(signature.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // Made by.
            }
            h.extend(20u16.to_le_bytes()); // Needed to extract.
            h.extend([0u8; 6]); // Flags, method (stored), time.
            h.extend([0u8; 2]); // Date.
            h.extend(crc.to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // Extra field.
            if central {
                h.extend([0u8; 6]); // Comment length, disk, internal attributes.
                h.extend([0u8; 4]); // External attributes.
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        zip.extend(header(0x0403_4b50, false));
        zip.extend(*data);
        directory.extend(header(0x0201_4b50, true));
    }
    let start = zip.len() as u32;
    zip.extend(&directory);
    zip.extend(0x0605_4b50u32.to_le_bytes());
    zip.extend([0u8; 4]);
    zip.extend((files.len() as u16).to_le_bytes());
    zip.extend((files.len() as u16).to_le_bytes());
    zip.extend((directory.len() as u32).to_le_bytes());
    zip.extend(start.to_le_bytes());
    zip.extend(0u16.to_le_bytes());
    zip
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn stream(content: &str) -> String {
    format!(
        "<< /Length {} >>\nstream\n{content}\nendstream",
        content.len()
    )
}

fn form_stream(dictionary: &str, content: &str) -> String {
    format!(
        "<< {dictionary} /Length {} >>\nstream\n{content}\nendstream",
        content.len()
    )
}

/// A PDF of `objects` (numbered from 1) with a correct cross-reference table.
fn pdf_of(objects: &[&str]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn crc32_is_the_standard_one() {
        assert_eq!(super::crc32(b"123456789"), 0xCBF4_3926);
    }
}
