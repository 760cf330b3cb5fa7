//! The window fits the screen it opens on. Lectern wants 1280×820 points, but most school
//! laptops have 1366×768 pixels, and Windows' caption and task bar leave about 690 of them:
//! a window of 820 would put the status bar — "Saved", "Not saved", "Exported to …" — below
//! the screen's edge, and at 150 % scaling cut its caption buttons off on the right. Linux
//! window managers shrink such a window themselves; Windows does not.
//!
//! So the window is placed in the screen's *work area* (the screen less the task bar) before it
//! is made (Windows tells the work area; elsewhere the window manager keeps the window on the
//! screen), and the first frames check the window as it really came out: one that reaches past
//! the screen is moved and shrunk onto it. (Not maximised: a window made maximised under Wine
//! without a window manager lays its content out for the whole screen inside a smaller frame,
//! cutting off the status bar it was meant to show — seen in `.ci/windows-window`.)

use egui::{Pos2, Rect, Vec2, pos2, vec2};

/// The size Lectern asks for when the screen has room: the reading and the questions side by
/// side, each at a comfortable line length.
pub const WANTED: Vec2 = vec2(1280.0, 820.0);
/// The smallest window whose controls still all show.
pub const SMALLEST: Vec2 = vec2(720.0, 480.0);
/// Room the system's caption and borders take around the window's content, in points
/// (Windows 10 and 11: a 31-pixel caption and 8-pixel borders at 100 %).
const FRAME: Vec2 = vec2(16.0, 40.0);

/// Where and how big the window opens.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub inner_size: Vec2,
    /// The frame's top left corner.
    pub position: Pos2,
}

/// The placement for a window of `wanted` size (the last session's, or [`WANTED`]) last at
/// `position`, on a screen whose work area is `work_area` (points).
pub fn place(work_area: Rect, wanted: Vec2, position: Option<Pos2>) -> Placement {
    let room = (work_area.size() - FRAME).max(Vec2::ZERO);
    let inner_size = wanted.max(SMALLEST).min(room);
    let outer = inner_size + FRAME;
    let fits_at = |p: Pos2| work_area.contains_rect(Rect::from_min_size(p, outer));
    let position = match position.filter(|&p| fits_at(p)) {
        Some(p) => p,
        None => {
            let centred = work_area.min + (work_area.size() - outer) * 0.5;
            pos2(
                centred.x.max(work_area.min.x),
                centred.y.max(work_area.min.y),
            )
        }
    };
    Placement {
        inner_size,
        position,
    }
}

/// Whether a window whose frame is `outer` lies on the screen's `work_area` (half a point of
/// slack for rounding between pixels and points).
pub fn lies_within(outer: Rect, work_area: Rect) -> bool {
    work_area.expand(0.5).contains_rect(outer)
}

/// The work area of the primary screen, in points, where the system tells it.
pub fn work_area() -> Option<Rect> {
    platform::work_area()
}

/// Changes the window about to be made (eframe's `window_builder` hook, which runs after the
/// last session's size is restored) so that it fits the work area.
pub fn fit_builder(builder: egui::ViewportBuilder) -> egui::ViewportBuilder {
    let Some(area) = work_area() else {
        return builder;
    };
    let placement = place(area, builder.inner_size.unwrap_or(WANTED), builder.position);
    let room = (area.size() - FRAME).max(Vec2::ZERO);
    builder
        .with_inner_size(placement.inner_size)
        .with_position(placement.position)
        // A small screen at a high scaling has less room than the usual smallest window.
        .with_min_inner_size(SMALLEST.min(room))
}

/// How many frames after the start the window's real frame is checked: long enough for the
/// system to have placed it, short enough that a student who later moves it half off the
/// screen on purpose is left alone.
const FRAMES_CHECKED: u64 = 20;

/// On the first frames: a window that came out reaching past the screen (a size restored from
/// a bigger monitor, a system that ignored the size asked for) is moved and shrunk onto it, once.
pub fn keep_on_screen(ctx: &egui::Context, done: &mut bool) {
    if *done {
        return;
    }
    if ctx.cumulative_frame_nr() > FRAMES_CHECKED {
        *done = true;
        return;
    }
    let (outer, inner, monitor, maximized) = ctx.input(|i| {
        let viewport = i.viewport();
        (
            viewport.outer_rect,
            viewport.inner_rect,
            viewport.monitor_size,
            viewport.maximized,
        )
    });
    let (Some(outer), Some(inner), Some(monitor)) = (outer, inner, monitor) else {
        return; // Not known yet on this frame.
    };
    if maximized == Some(true) || monitor.x <= 0.0 || monitor.y <= 0.0 {
        *done = maximized == Some(true);
        return;
    }
    let area = work_area();
    if !fits(outer, monitor, area) {
        let area = area.unwrap_or_else(|| Rect::from_min_size(Pos2::ZERO, monitor));
        let placement = place(area, inner.size(), None);
        ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(placement.position));
        ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(placement.inner_size));
        *done = true;
    }
}

/// Whether a window whose frame is `outer` fits a monitor of `monitor` points whose work area
/// (the primary screen's, where the system tells it) is `work_area`. Its size must fit; its
/// place is checked only against a known work area it starts in, since a window on a second
/// monitor lies outside the primary's.
fn fits(outer: Rect, monitor: Vec2, work_area: Option<Rect>) -> bool {
    let room = work_area.map_or(monitor, |a| a.size().min(monitor));
    let size_fits = outer.width() <= room.x + 0.5 && outer.height() <= room.y + 0.5;
    let place_fits = match work_area {
        Some(area) if area.contains(outer.min) => lies_within(outer, area),
        _ => true,
    };
    size_fits && place_fits
}

#[cfg(windows)]
mod platform {
    use egui::{Rect, pos2};
    use windows_sys::Win32::Foundation::RECT;
    use windows_sys::Win32::UI::HiDpi::GetDpiForSystem;
    use windows_sys::Win32::UI::WindowsAndMessaging::{SPI_GETWORKAREA, SystemParametersInfoW};

    /// The primary screen's work area (`SPI_GETWORKAREA`, pixels: winit has made the process
    /// DPI-aware by the time windows are made) in points at the system's scaling.
    pub fn work_area() -> Option<Rect> {
        let mut area = RECT {
            left: 0,
            top: 0,
            right: 0,
            bottom: 0,
        };
        // SAFETY: SPI_GETWORKAREA writes one RECT to the pointer given, which is a live RECT.
        let ok = unsafe { SystemParametersInfoW(SPI_GETWORKAREA, 0, (&raw mut area).cast(), 0) };
        if ok == 0 || area.right <= area.left || area.bottom <= area.top {
            return None;
        }
        // SAFETY: no arguments; returns the system's DPI (96 when it cannot tell).
        let dpi = unsafe { GetDpiForSystem() };
        let scale = if dpi == 0 { 1.0 } else { dpi as f32 / 96.0 };
        Some(Rect::from_min_max(
            pos2(area.left as f32 / scale, area.top as f32 / scale),
            pos2(area.right as f32 / scale, area.bottom as f32 / scale),
        ))
    }
}

#[cfg(not(windows))]
mod platform {
    /// Linux and macOS window managers keep new windows on the screen and off the panels.
    pub fn work_area() -> Option<egui::Rect> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(w: f32, h: f32) -> Rect {
        Rect::from_min_size(Pos2::ZERO, vec2(w, h))
    }

    #[test]
    fn a_school_laptop_gets_a_window_that_fits_above_the_task_bar() {
        // 1366×768 with a 40-pixel task bar at 100 %.
        let area = screen(1366.0, 728.0);
        let p = place(area, WANTED, None);
        assert!(lies_within(
            Rect::from_min_size(p.position, p.inner_size + FRAME),
            area
        ));
        assert_eq!(p.inner_size, vec2(1280.0, 688.0));
    }

    #[test]
    fn a_scaled_screen_shrinks_the_window_on_both_sides() {
        // 1920×1080 at 150 %: 1280×693 points above a 48-pixel task bar.
        let area = screen(1280.0, 688.0);
        let p = place(area, WANTED, None);
        assert!(lies_within(
            Rect::from_min_size(p.position, p.inner_size + FRAME),
            area
        ));
    }

    #[test]
    fn a_big_screen_gets_the_wanted_size_centred() {
        let area = screen(1920.0, 1040.0);
        let p = place(area, WANTED, None);
        assert_eq!(p.inner_size, WANTED);
        assert_eq!(p.position, pos2(312.0, 90.0));
    }

    #[test]
    fn a_position_kept_from_last_time_stays_if_the_window_fits_there() {
        let area = screen(1920.0, 1040.0);
        assert_eq!(
            place(area, WANTED, Some(pos2(10.0, 20.0))).position,
            pos2(10.0, 20.0)
        );
        // Last time on a bigger monitor, lower down: brought back on.
        let p = place(area, WANTED, Some(pos2(10.0, 700.0)));
        assert!(lies_within(
            Rect::from_min_size(p.position, p.inner_size + FRAME),
            area
        ));
    }

    #[test]
    fn a_task_bar_on_the_left_or_top_moves_the_window_past_it() {
        let area = Rect::from_min_max(pos2(62.0, 0.0), pos2(1366.0, 768.0));
        let p = place(area, WANTED, Some(pos2(0.0, 0.0)));
        assert!(p.position.x >= 62.0);
        assert!(lies_within(
            Rect::from_min_size(p.position, p.inner_size + FRAME),
            area
        ));
    }

    #[test]
    fn a_window_reaching_below_the_task_bar_does_not_fit_but_one_on_a_second_monitor_does() {
        let monitor = vec2(1366.0, 768.0);
        let area = Some(screen(1366.0, 728.0));
        let too_tall = Rect::from_min_size(pos2(43.0, 0.0), vec2(1296.0, 768.0));
        assert!(!fits(too_tall, monitor, area));
        // With no work area known, only a window bigger than the monitor is refused.
        assert!(fits(too_tall, monitor, None));
        let taller = Rect::from_min_size(pos2(43.0, 0.0), vec2(1296.0, 851.0));
        assert!(!fits(taller, monitor, None));
        let ok = Rect::from_min_size(pos2(0.0, 0.0), vec2(1296.0, 728.0));
        assert!(fits(ok, monitor, area));
        let low = Rect::from_min_size(pos2(0.0, 100.0), vec2(1296.0, 700.0));
        assert!(!fits(low, monitor, area));
        // On a second monitor to the right: its own business.
        let beside = Rect::from_min_size(pos2(1400.0, 100.0), vec2(1296.0, 700.0));
        assert!(fits(beside, monitor, area));
    }

    #[test]
    fn a_tiny_screen_never_gets_a_negative_size() {
        let p = place(screen(600.0, 400.0), WANTED, None);
        assert!(p.inner_size.x > 0.0 && p.inner_size.y > 0.0);
        assert!(p.position.x >= 0.0 && p.position.y >= 0.0);
    }
}
