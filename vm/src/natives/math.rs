//! `math` natives: bit casts and the transcendental functions, over Rust's
//! f64 operations (IEEE results for the exactly-rounded ones: Sqrt, Floor,
//! Ceil, Trunc, Mod, FMA). Functions Go defines by simple formulas (Max,
//! Min, Log10, Log2, Frexp, Modf, ...) are written in Go in math.go.

use crate::native::{NativeCall, NativeFn, Unwind};

macro_rules! f1 {
    ($name:ident, $e:expr) => {
        fn $name(c: &mut NativeCall) -> Result<(), Unwind> {
            let x: f64 = c.arg(0);
            let f: fn(f64) -> f64 = $e;
            c.set(8, f(x));
            Ok(())
        }
    };
}
macro_rules! f2 {
    ($name:ident, $e:expr) => {
        fn $name(c: &mut NativeCall) -> Result<(), Unwind> {
            let x: f64 = c.arg(0);
            let y: f64 = c.arg(8);
            let f: fn(f64, f64) -> f64 = $e;
            c.set(16, f(x, y));
            Ok(())
        }
    };
}

f1!(sqrt, f64::sqrt);
f1!(floor, f64::floor);
f1!(ceil, f64::ceil);
f1!(trunc, f64::trunc);
f1!(exp, f64::exp);
f1!(exp2, f64::exp2);
f1!(expm1, f64::exp_m1);
f1!(log, f64::ln);
f1!(log1p, f64::ln_1p);
f1!(sin, f64::sin);
f1!(cos, f64::cos);
f1!(tan, f64::tan);
f1!(asin, f64::asin);
f1!(acos, f64::acos);
f1!(atan, f64::atan);
f1!(sinh, f64::sinh);
f1!(cosh, f64::cosh);
f1!(tanh, f64::tanh);
f1!(asinh, f64::asinh);
f1!(acosh, f64::acosh);
f1!(atanh, f64::atanh);
f1!(cbrt, f64::cbrt);
f1!(round, go_round);
f1!(round_even, f64::round_ties_even);
f1!(gamma, go_gamma);
f1!(erf, go_erf);
f1!(erfc, |x| 1.0 - go_erf(x));
f2!(pow, go_pow);
f2!(atan2, f64::atan2);
f2!(hypot, go_hypot);
f2!(fmod, go_mod);
f2!(remainder, go_remainder);

fn fma(c: &mut NativeCall) -> Result<(), Unwind> {
    let x: f64 = c.arg(0);
    let y: f64 = c.arg(8);
    let z: f64 = c.arg(16);
    c.set(24, x.mul_add(y, z));
    Ok(())
}
fn float64bits(c: &mut NativeCall) -> Result<(), Unwind> {
    let x: f64 = c.arg(0);
    c.set(8, x.to_bits());
    Ok(())
}
fn float64frombits(c: &mut NativeCall) -> Result<(), Unwind> {
    let x: u64 = c.arg(0);
    c.set(8, f64::from_bits(x));
    Ok(())
}
fn float32bits(c: &mut NativeCall) -> Result<(), Unwind> {
    let x: f32 = c.arg(0);
    c.set(8, x.to_bits());
    Ok(())
}
fn float32frombits(c: &mut NativeCall) -> Result<(), Unwind> {
    let x: u32 = c.arg(0);
    c.set(8, f32::from_bits(x));
    Ok(())
}

/// math.Round: half away from zero.
pub fn go_round(x: f64) -> f64 {
    x.round()
}

/// math.Pow with Go's special cases (which agree with C99 pow except that
/// Go answers Pow(x, 0.5) with Sqrt and Pow(x, -0.5) with 1/Sqrt).
pub fn go_pow(x: f64, y: f64) -> f64 {
    if y == 0.5 && x.is_finite() && x != 0.0 {
        return x.sqrt();
    }
    if y == -0.5 && x.is_finite() && x != 0.0 {
        return 1.0 / x.sqrt();
    }
    x.powf(y)
}

/// math.Hypot: Go returns +Inf if either is ±Inf, NaN if either is NaN.
pub fn go_hypot(p: f64, q: f64) -> f64 {
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return f64::NAN;
    }
    p.hypot(q)
}

/// math.Mod: fmod (exact; the result has the sign of x).
pub fn go_mod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    x % y
}

/// math.Remainder: IEEE 754 remainder (quotient rounded half to even).
pub fn go_remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let neg = x.is_sign_negative();
    let p = y.abs();
    let mut r = x.abs();
    if p <= f64::MAX / 2.0 {
        r %= p + p; // now r < 2p, exact
    }
    if p < 2.0 * f64::MIN_POSITIVE {
        if r + r > p {
            r -= p;
            if r + r >= p {
                r -= p;
            }
        }
    } else {
        let half = 0.5 * p;
        if r > half {
            r -= p;
            if r >= half {
                r -= p;
            }
        }
    }
    if neg {
        -r
    } else {
        r
    }
}

/// math.Gamma: exact products for positive integers, Lanczos otherwise.
pub fn go_gamma(x: f64) -> f64 {
    if x.is_nan() || x == f64::NEG_INFINITY {
        return f64::NAN;
    }
    if x == f64::INFINITY {
        return x;
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    if x < 0.0 && x == x.floor() {
        return f64::NAN;
    }
    if x > 171.7 {
        return f64::INFINITY;
    }
    if x == x.floor() && x > 0.0 {
        let mut z = 1.0;
        let mut k = x;
        while k >= 3.0 {
            k -= 1.0;
            z *= k;
        }
        return z;
    }
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * go_gamma(1.0 - x));
    }
    // Lanczos approximation (g = 7, n = 9).
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, &ci) in C.iter().enumerate().skip(1) {
        a += ci / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}

/// math.Erf: Taylor series near zero, continued fraction for the tail.
pub fn go_erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return x.signum();
    }
    let ax = x.abs();
    if ax < 2.5 {
        // erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
        let mut sum = 0.0;
        let mut term = ax;
        let x2 = ax * ax;
        let mut n = 0.0;
        loop {
            let add = term / (2.0 * n + 1.0);
            sum += add;
            if add.abs() < 1e-17 * sum.abs() {
                break;
            }
            n += 1.0;
            term *= -x2 / n;
            if n > 200.0 {
                break;
            }
        }
        let r = sum * 2.0 / std::f64::consts::PI.sqrt();
        return if x < 0.0 { -r } else { r };
    }
    if ax > 6.0 {
        return x.signum();
    }
    // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
    let mut f = 0.0;
    let mut k = 60.0;
    while k > 0.0 {
        f = (k / 2.0) / (ax + f);
        k -= 1.0;
    }
    let erfc = (-ax * ax).exp() / std::f64::consts::PI.sqrt() / (ax + f);
    let r = 1.0 - erfc;
    if x < 0.0 {
        -r
    } else {
        r
    }
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "math.Sqrt" => sqrt,
        "math.Floor" => floor,
        "math.Ceil" => ceil,
        "math.Trunc" => trunc,
        "math.Exp" => exp,
        "math.Exp2" => exp2,
        "math.Expm1" => expm1,
        "math.Log" => log,
        "math.Log1p" => log1p,
        "math.Sin" => sin,
        "math.Cos" => cos,
        "math.Tan" => tan,
        "math.Asin" => asin,
        "math.Acos" => acos,
        "math.Atan" => atan,
        "math.Sinh" => sinh,
        "math.Cosh" => cosh,
        "math.Tanh" => tanh,
        "math.Asinh" => asinh,
        "math.Acosh" => acosh,
        "math.Atanh" => atanh,
        "math.Cbrt" => cbrt,
        "math.Round" => round,
        "math.RoundToEven" => round_even,
        "math.Gamma" => gamma,
        "math.Erf" => erf,
        "math.Erfc" => erfc,
        "math.Pow" => pow,
        "math.Atan2" => atan2,
        "math.Hypot" => hypot,
        "math.Mod" => fmod,
        "math.Remainder" => remainder,
        "math.FMA" => fma,
        "math.Float64bits" => float64bits,
        "math.Float64frombits" => float64frombits,
        "math.Float32bits" => float32bits,
        "math.Float32frombits" => float32frombits,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_values() {
        // Checked against go1.27.3.
        assert_eq!(go_mod(-7.0, 3.0), -1.0);
        assert_eq!(go_remainder(7.0, 3.0), 1.0);
        assert_eq!(go_remainder(5.0, 2.0), 1.0);
        assert_eq!(go_remainder(7.0, 2.0), -1.0);
        assert_eq!(go_gamma(5.0), 24.0);
        assert_eq!(go_round(-2.5), -3.0);
        assert!(go_pow(-8.0, 1.0 / 3.0).is_nan());
        assert_eq!(go_pow(0.0, 0.0), 1.0);
        assert_eq!(go_hypot(3.0, 4.0), 5.0);
        assert_eq!(format!("{:.4}", go_erf(0.5)), "0.5205");
        assert!((go_gamma(0.5) - std::f64::consts::PI.sqrt()).abs() < 1e-14);
    }
}
