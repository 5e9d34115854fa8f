using System.Globalization;
using System.Text;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// The rules for one cell's UTF-8 bytes that the validator applies to every row: trimming, blanks,
/// control characters, formulas, GSS codes, ISO dates and plain decimals. They read bytes, not
/// strings, because they run several times a row on files of a million rows.
/// </summary>
internal static class Utf8Cells
{
    /// <summary>A cell's text for a report; bytes that are not UTF-8 become U+FFFD.</summary>
    internal static string Decode(ReadOnlySpan<byte> cell) => Encoding.UTF8.GetString(cell);

    /// <summary>The reason given for a cell or column name that is not UTF-8.</summary>
    internal static string NotUtf8(string column) =>
        $"{column} is not valid UTF-8 text — save the file as 'CSV UTF-8'";

    /// <summary>The cell less surrounding spaces, tabs and line breaks; nearly every cell has none, which its two ends show at once.</summary>
    internal static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> cell) =>
        cell.IsEmpty || (cell[0] > (byte)' ' && cell[^1] > (byte)' ') ? cell : cell.Trim(" \t\r\n"u8);

    internal static bool IsBlank(ReadOnlySpan<byte> cell) => cell.IsEmpty || Trim(cell).IsEmpty;

    /// <summary>C0 controls and DEL inside trimmed text: no person's reference or grade holds them, binary files do.</summary>
    internal static bool HasControlCharacter(ReadOnlySpan<byte> text) =>
        text.ContainsAnyExceptInRange((byte)' ', (byte)'~') && (text.ContainsAnyInRange((byte)0, (byte)0x1F) || text.Contains((byte)0x7F));

    /// <summary>A cell that a spreadsheet would run as a formula when the text is opened in one (CSV injection).</summary>
    internal static bool LooksLikeFormula(ReadOnlySpan<byte> cell) =>
        cell.Length > 0 && cell[0] is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t' or (byte)'\r';

    /// <summary>A character as a sentence names it.</summary>
    internal static string Describe(byte c) => c switch
    {
        (byte)'\t' => "a tab",
        (byte)'\r' => "a carriage return",
        _ => $"'{(char)c}'",
    };

    /// <summary>An ONS GSS code, <c>[ENSW]\d{8}</c>.</summary>
    internal static bool IsGssCode(ReadOnlySpan<byte> code)
    {
        if (code.Length != 9 || code[0] is not ((byte)'E' or (byte)'N' or (byte)'S' or (byte)'W'))
        {
            return false;
        }

        foreach (var c in code[1..])
        {
            if (!char.IsAsciiDigit((char)c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Exactly <c>yyyy-MM-dd</c>, as <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, out DateOnly)"/>
    /// reads it with the invariant culture, at a tenth of its cost (about 90 ns a date here, and a row has up to five).
    /// </summary>
    internal static bool TryParseIsoDate(ReadOnlySpan<byte> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// Why text in the <c>yyyy-MM-dd</c> form is not a real day, such as <c>February 2019 has 28 days</c>;
    /// null when it is a real day or not in that form at all (which is a different problem).
    /// </summary>
    internal static string? NotARealDay(ReadOnlySpan<byte> s)
    {
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day))
        {
            return null;
        }

        if (year < 1)
        {
            return "there is no year 0000";
        }

        if (month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"there is no month {month:D2}");
        }

        if (day < 1)
        {
            return "there is no day 00";
        }

        var days = DateTime.DaysInMonth(year, month);
        return day > days
            ? string.Create(CultureInfo.InvariantCulture, $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year:D4} has {days} days")
            : null;
    }

    private static bool TryDigits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            var digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// Digits with at most one decimal point and 15 significant digits, such as <c>23.45</c>: the
    /// form of nearly every amount, read at a fraction of <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>'s
    /// cost (a row has three) and to the same value, since an integer below 2^53 divided by an exact
    /// power of ten is rounded correctly by the one division. Anything else is left to that parser.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        long digits = 0;
        var count = 0;
        var decimals = -1;
        foreach (var c in s)
        {
            var digit = (uint)(c - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
                count++;
                decimals += decimals >= 0 ? 1 : 0;
            }
            else if (c == '.' && decimals < 0)
            {
                decimals = 0;
            }
            else
            {
                return false;
            }
        }

        if (count is 0 or > 15)
        {
            return false;
        }

        value = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        return true;
    }
}
