//! PNG plots of a population [`Report`]: distance histograms, bit-aliasing, and the
//! error and key failure rates across the noise sweep against the analytic bound.
//!
//! Text is drawn with DejaVu Sans (Debian's `fonts-dejavu-core`), loaded at run time
//! from the usual locations or `$HSM_PLOT_FONT`; without it the plots are an error
//! naming the package, never a panic.

use super::code::failure_bound;
use super::report::{Report, HIST_BINS};
use plotters::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Why the plots could not be written.
#[derive(Debug)]
pub enum PlotError {
    /// No usable font file was found.
    NoFont(String),
    Io(std::io::Error),
    Draw(String),
}

impl std::fmt::Display for PlotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlotError::NoFont(s) => write!(f, "no font for the plots ({s}); install Debian's fonts-dejavu-core or set HSM_PLOT_FONT"),
            PlotError::Io(e) => write!(f, "{e}"),
            PlotError::Draw(s) => write!(f, "drawing failed: {s}"),
        }
    }
}

impl std::error::Error for PlotError {}

const FONT_PATHS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
];

fn ensure_font() -> Result<(), PlotError> {
    static FONT: OnceLock<Result<(), String>> = OnceLock::new();
    FONT.get_or_init(|| {
        let mut paths: Vec<String> = std::env::var("HSM_PLOT_FONT").into_iter().collect();
        paths.extend(FONT_PATHS.iter().map(|s| s.to_string()));
        for p in &paths {
            if let Ok(bytes) = std::fs::read(p) {
                let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
                if plotters::style::register_font("sans-serif", FontStyle::Normal, bytes).is_ok() {
                    return Ok(());
                }
            }
        }
        Err(format!("tried {}", paths.join(", ")))
    })
    .clone()
    .map_err(PlotError::NoFont)
}

fn draw_err<E: std::fmt::Debug>(e: E) -> PlotError {
    PlotError::Draw(format!("{e:?}"))
}

fn histograms(r: &Report, path: &Path) -> Result<(), PlotError> {
    let root = BitMapBackend::new(path, (900, 560)).into_drawing_area();
    root.fill(&WHITE).map_err(draw_err)?;
    let norm = |h: &[u64]| {
        let total = h.iter().sum::<u64>().max(1) as f64;
        h.iter().map(|&c| c as f64 / total).collect::<Vec<f64>>()
    };
    let (inter, intra) = (norm(&r.inter_hist), norm(&r.intra_hist));
    let ymax = inter.iter().chain(&intra).cloned().fold(0.0, f64::max) * 1.1 + 1e-9;
    let mut chart = ChartBuilder::on(&root)
        .caption("RO-PUF: intra- and inter-device Hamming distance", ("sans-serif", 24))
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(70)
        .build_cartesian_2d(0.0..0.6, 0.0..ymax)
        .map_err(draw_err)?;
    chart
        .configure_mesh()
        .x_desc("fractional Hamming distance")
        .y_desc("fraction of comparisons")
        .draw()
        .map_err(draw_err)?;
    let w = 1.0 / HIST_BINS as f64;
    for (data, color, label) in [(&intra, BLUE, "intra-device (25 C, 1.0 V)"), (&inter, RED, "inter-device")] {
        chart
            .draw_series(data.iter().enumerate().filter(|(_, &v)| v > 0.0).map(|(i, &v)| {
                let x = i as f64 * w;
                Rectangle::new([(x, 0.0), (x + w, v)], color.mix(0.6).filled())
            }))
            .map_err(draw_err)?
            .label(label)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 15, y + 5)], color.filled()));
    }
    chart.configure_series_labels().background_style(WHITE).border_style(BLACK).draw().map_err(draw_err)?;
    root.present().map_err(draw_err)
}

fn aliasing(r: &Report, path: &Path) -> Result<(), PlotError> {
    let root = BitMapBackend::new(path, (900, 500)).into_drawing_area();
    root.fill(&WHITE).map_err(draw_err)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(format!("Bit-aliasing over {} devices", r.params.devices), ("sans-serif", 24))
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..r.bits as f64, 0.0..1.0)
        .map_err(draw_err)?;
    chart.configure_mesh().x_desc("response bit").y_desc("fraction of devices with 1").draw().map_err(draw_err)?;
    chart
        .draw_series(r.aliasing.iter().enumerate().map(|(i, &a)| Circle::new((i as f64, a), 1, BLUE.filled())))
        .map_err(draw_err)?;
    chart.draw_series(LineSeries::new([(0.0, 0.5), (r.bits as f64, 0.5)], RED)).map_err(draw_err)?;
    root.present().map_err(draw_err)
}

fn failures(r: &Report, path: &Path) -> Result<(), PlotError> {
    let root = BitMapBackend::new(path, (900, 560)).into_drawing_area();
    root.fill(&WHITE).map_err(draw_err)?;
    let pmax = r.sweep.iter().map(|s| s.ber.mean).fold(0.2f64, f64::max) * 1.1;
    let floor = 1e-12;
    let mut chart = ChartBuilder::on(&root)
        .caption("Key failure rate against raw bit error rate", ("sans-serif", 24))
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(80)
        .build_cartesian_2d(0.0..pmax, (floor..1.0).log_scale())
        .map_err(draw_err)?;
    chart
        .configure_mesh()
        .x_desc("raw bit error rate (mean over the population at each sweep point)")
        .y_desc("failure probability per reconstruction")
        .y_label_formatter(&|y| format!("{y:.0e}"))
        .draw()
        .map_err(draw_err)?;
    let curve: Vec<(f64, f64)> = (1..=200).map(|i| {
        let p = pmax * i as f64 / 200.0;
        (p, failure_bound(p).max(floor))
    }).collect();
    chart
        .draw_series(LineSeries::new(curve, BLACK))
        .map_err(draw_err)?
        .label("analytic union bound (RM(1,7) x 32)")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 20, y)], BLACK));
    chart.draw_series(LineSeries::new([(0.15, floor), (0.15, 1.0)], RED.mix(0.5))).map_err(draw_err)?
        .label("15 % design point")
        .legend(|(x, y)| PathElement::new([(x, y), (x + 20, y)], RED));
    chart
        .draw_series(r.sweep.iter().filter(|s| s.trials > 0).map(|s| Cross::new((s.ber.mean, s.bound.max(floor)), 6, BLACK.stroke_width(2))))
        .map_err(draw_err)?
        .label("bound averaged over each evaluation's error rate")
        .legend(|(x, y)| Cross::new((x + 10, y), 6, BLACK.stroke_width(2)));
    let observed: Vec<(f64, f64)> = r.sweep.iter().filter(|s| s.failures > 0).map(|s| (s.ber.mean, s.failure_rate())).collect();
    chart
        .draw_series(observed.iter().map(|&(x, y)| Circle::new((x, y), 5, BLUE.filled())))
        .map_err(draw_err)?
        .label("simulated population (points with >= 1 failure)")
        .legend(|(x, y)| Circle::new((x + 10, y), 5, BLUE.filled()));
    let zero: Vec<(f64, f64)> = r.sweep.iter().filter(|s| s.failures == 0 && s.trials > 0).map(|s| (s.ber.mean, (1.0 / s.trials as f64).max(floor))).collect();
    chart
        .draw_series(zero.iter().map(|&(x, y)| TriangleMarker::new((x, y), 6, GREEN.filled())))
        .map_err(draw_err)?
        .label("no failure seen (drawn at 1/trials)")
        .legend(|(x, y)| TriangleMarker::new((x + 10, y), 6, GREEN.filled()));
    chart.configure_series_labels().position(SeriesLabelPosition::LowerRight).background_style(WHITE).border_style(BLACK).draw().map_err(draw_err)?;
    root.present().map_err(draw_err)
}

/// Writes `puf_distances.png`, `puf_bit_aliasing.png` and `puf_key_failures.png`
/// into `dir` (created if needed); returns their paths.
pub fn write_plots(r: &Report, dir: &Path) -> Result<Vec<PathBuf>, PlotError> {
    ensure_font()?;
    std::fs::create_dir_all(dir).map_err(PlotError::Io)?;
    let paths = [dir.join("puf_distances.png"), dir.join("puf_bit_aliasing.png"), dir.join("puf_key_failures.png")];
    histograms(r, &paths[0])?;
    aliasing(r, &paths[1])?;
    failures(r, &paths[2])?;
    Ok(paths.to_vec())
}
