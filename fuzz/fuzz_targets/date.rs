//! Dates as written in annotations and given to --since/--until/--published.
#![no_main]
use liaison::model::DateRange;
use libfuzzer_sys::fuzz_target;

fn valid_day(d: u32) -> bool {
    let (y, m, day) = (d / 10000, d / 100 % 100, d % 100);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let max = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y <= 9999 && (1..=max).contains(&day)
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    match DateRange::parse(s) {
        Ok(r) => {
            assert!(r.lo <= r.hi, "{s:?} parsed to an empty range {r:?}");
            assert!(valid_day(r.lo) && valid_day(r.hi), "{s:?} parsed to {r:?}");
            // A range reaches its own start and starts by its own end.
            assert!(r.reaches(&r) && r.starts_by(&r));
        }
        Err(e) => assert!(!e.0.is_empty()),
    }
});
