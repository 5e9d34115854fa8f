using System.Globalization;
using System.Numerics;

namespace EidAnalytics.Benchmarks.Figures;

/// <summary>
/// Numbers written as C's printf (and so awk, which the bench's figures were first computed with)
/// writes them: rounded from the double's exact binary value, a tie to the even digit. .NET's own
/// "F2" rounds a tie away from zero (0.125 → 0.13 where printf gives 0.12), hence the exact
/// arithmetic here.
/// </summary>
public static class CNumberFormat
{
    /// <summary>printf("%.<paramref name="digits"/>f", value).</summary>
    public static string Fixed(double value, int digits)
    {
        if (!double.IsFinite(value))
        {
            return NonFinite(value);
        }
        var text = Scaled(value, digits).ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var number = digits == 0 ? text : $"{text[..^digits]}.{text[^digits..]}";
        return double.IsNegative(value) ? "-" + number : number;
    }

    /// <summary>
    /// printf("%.6g", value), awk's output format for a number that is not a whole one; a whole
    /// number awk prints as an integer.
    /// </summary>
    public static string Awk(double value)
    {
        if (double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }
        return General(value, 6);
    }

    /// <summary>printf("%.<paramref name="precision"/>g", value).</summary>
    public static string General(double value, int precision)
    {
        if (!double.IsFinite(value))
        {
            return NonFinite(value);
        }
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0" : "0";
        }
        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var digits = Scaled(value, precision - 1 - exponent);
        if (digits >= BigInteger.Pow(10, precision))
        {
            exponent++;
            digits = Scaled(value, precision - 1 - exponent);
        }
        var sign = double.IsNegative(value) ? "-" : "";
        if (exponent < -4 || exponent >= precision)
        {
            var mantissa = digits.ToString(CultureInfo.InvariantCulture);
            var fraction = mantissa[1..].TrimEnd('0');
            var exponentText = (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
            return $"{sign}{mantissa[0]}{(fraction.Length > 0 ? "." + fraction : "")}e{exponentText}";
        }
        var fixedText = Fixed(Math.Abs(value), precision - 1 - exponent);
        return sign + (fixedText.Contains('.', StringComparison.Ordinal) ? fixedText.TrimEnd('0').TrimEnd('.') : fixedText);
    }

    /// <summary>|value| × 10^power rounded to a whole number, a tie to the even one.</summary>
    private static BigInteger Scaled(double value, int power)
    {
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075;
        BigInteger numerator = mantissa, denominator = BigInteger.One;
        if (exponent > 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }
        if (power >= 0)
        {
            numerator *= BigInteger.Pow(10, power);
        }
        else
        {
            denominator *= BigInteger.Pow(10, -power);
        }
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        return twice > denominator || (twice == denominator && !quotient.IsEven) ? quotient + 1 : quotient;
    }

    // glibc writes x86's 0/0, a NaN with its sign bit set, as "-nan".
    private static string NonFinite(double value) =>
        double.IsNaN(value) ? "-nan" : value > 0 ? "inf" : "-inf";
}
