//! Windows only: puts Lectern's icon and version information into the exe, so Explorer, the
//! task bar and "Properties → Details" show them, and its application manifest
//! (`assets/windows/lectern.manifest`: per-monitor DPI awareness, Common Controls 6, long
//! paths, UTF-8 as the ANSI code page, Windows 7–11, no elevation). The resource script is
//! compiled with mingw's `windres` (the GNU toolchain Lectern's Windows build uses, also when
//! cross-building on Linux); where there is none, the exe is built without them and cargo says
//! so.

use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icons/lectern.ico");
    println!("cargo:rerun-if-changed=assets/windows/lectern.manifest");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os != "windows" {
        return;
    }
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if env != "gnu" {
        println!(
            "cargo:warning=no icon, version information or manifest: only the GNU toolchain's windres is set up"
        );
        return;
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let icon = Path::new(&manifest).join("assets/icons/lectern.ico");
    let app_manifest = Path::new(&manifest).join("assets/windows/lectern.manifest");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let number = |name: &str| std::env::var(name).unwrap_or_else(|_| "0".to_owned());
    let numbers = format!(
        "{},{},{},0",
        number("CARGO_PKG_VERSION_MAJOR"),
        number("CARGO_PKG_VERSION_MINOR"),
        number("CARGO_PKG_VERSION_PATCH")
    );
    let script = format!(
        r#"1 ICON "{icon}"
// RT_MANIFEST (24), CREATEPROCESS_MANIFEST_RESOURCE_ID (1): the loader reads it at start.
1 24 "{app_manifest}"
1 VERSIONINFO
FILEVERSION {numbers}
PRODUCTVERSION {numbers}
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "FileDescription", "Lectern: read, answer, hand in"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "lectern"
      VALUE "OriginalFilename", "Lectern.exe"
      VALUE "ProductName", "Lectern"
      VALUE "ProductVersion", "{version}"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = icon.display().to_string().replace('\\', "/"),
        app_manifest = app_manifest.display().to_string().replace('\\', "/"),
    );
    let rc = Path::new(&out).join("lectern.rc");
    let object = Path::new(&out).join("lectern-resources.o");
    std::fs::write(&rc, script).expect("OUT_DIR is writable");
    let host = std::env::var("HOST").unwrap_or_default();
    let windres = if host.contains("windows") {
        "windres"
    } else {
        "x86_64-w64-mingw32-windres"
    };
    match Command::new(windres)
        .arg("-i")
        .arg(&rc)
        .arg("-o")
        .arg(&object)
        .status()
    {
        Ok(status) if status.success() => {
            println!("cargo:rustc-link-arg-bins={}", object.display());
        }
        Ok(status) => println!(
            "cargo:warning=no icon, version information or manifest in the exe: {windres} failed ({status})"
        ),
        Err(e) => println!(
            "cargo:warning=no icon, version information or manifest in the exe: {windres} not found ({e})"
        ),
    }
}
