using System.Text;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Tests.Extracts;

/// <summary>The validator's cell rules on their own, on the bytes of one cell.</summary>
public sealed class Utf8CellsTests
{
    private static byte[] B(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("EMP001", "EMP001")]
    [InlineData("  EMP001\t", "EMP001")]
    [InlineData("\r\nEMP 001 \n", "EMP 001")]
    [InlineData("", "")]
    public void Trimming_takes_spaces_tabs_and_line_breaks_from_both_ends_only(string cell, string trimmed) =>
        Assert.Equal(trimmed, Encoding.UTF8.GetString(Utf8Cells.Trim(B(cell))));

    [Theory]
    [InlineData("", true)]
    [InlineData(" \t ", true)]
    [InlineData(" x ", false)]
    public void A_cell_of_nothing_but_spaces_is_blank(string cell, bool blank) => Assert.Equal(blank, Utf8Cells.IsBlank(B(cell)));

    [Theory]
    [InlineData("=SUM(A1)", true)]
    [InlineData("+44", true)]
    [InlineData("-1", true)]
    [InlineData("@cmd", true)]
    [InlineData("\tx", true)]
    [InlineData("A=1", false)]
    [InlineData("", false)]
    public void A_cell_starting_with_a_formula_character_looks_like_a_formula(string cell, bool formula) =>
        Assert.Equal(formula, Utf8Cells.LooksLikeFormula(B(cell)));

    [Theory]
    [InlineData("EMP\u0000001", true)]
    [InlineData("EMP\u001f", true)]
    [InlineData("EMP\u007f", true)]
    [InlineData("Zoë", false)]
    [InlineData("SCP 25", false)]
    public void Control_characters_and_delete_are_not_text_but_accented_letters_are(string text, bool control) =>
        Assert.Equal(control, Utf8Cells.HasControlCharacter(B(text)));

    [Theory]
    [InlineData("E09000030", true)]
    [InlineData("W06000015", true)]
    [InlineData("S12000036", true)]
    [InlineData("N09000003", true)]
    [InlineData("e09000030", false)]
    [InlineData("X09000030", false)]
    [InlineData("E0900003", false)]
    [InlineData("E090000301", false)]
    [InlineData("E0900003A", false)]
    public void A_GSS_code_is_E_N_S_or_W_and_eight_digits(string code, bool valid) => Assert.Equal(valid, Utf8Cells.IsGssCode(B(code)));

    [Theory]
    [InlineData("2025-03-31", 2025, 3, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void An_iso_date_is_read_to_its_day(string text, int year, int month, int day)
    {
        Assert.True(Utf8Cells.TryParseIsoDate(B(text), out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2025-02-29")] // 2025 is not a leap year
    [InlineData("2019-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("0000-01-01")]
    [InlineData("2025-3-31")]
    [InlineData("31/03/2025")]
    [InlineData(" 2025-03-31")]
    [InlineData("2025-03-3x")]
    public void Anything_but_a_real_date_as_yyyy_mm_dd_is_refused(string text) =>
        Assert.False(Utf8Cells.TryParseIsoDate(B(text), out _));

    [Theory]
    [InlineData("12.50", 12.5)]
    [InlineData("0.6", 0.6)]
    [InlineData("40", 40.0)]
    [InlineData(".5", 0.5)]
    [InlineData("123456789012345", 123456789012345.0)]
    public void A_plain_decimal_is_read_to_the_same_double_as_the_general_parser(string text, double value)
    {
        Assert.True(Utf8Cells.TryParsePlainDecimal(B(text), out var read));
        Assert.Equal(value, read);
        Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), read);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("£12")]
    [InlineData("1,000")]
    [InlineData("1234567890123456")] // 16 digits: past what one division rounds correctly, so left to the general parser
    public void Anything_else_is_left_to_the_general_parser(string text) =>
        Assert.False(Utf8Cells.TryParsePlainDecimal(B(text), out _));

    [Fact]
    public void A_tab_and_a_carriage_return_are_named_and_other_characters_quoted()
    {
        Assert.Equal("a tab", Utf8Cells.Describe((byte)'\t'));
        Assert.Equal("a carriage return", Utf8Cells.Describe((byte)'\r'));
        Assert.Equal("'='", Utf8Cells.Describe((byte)'='));
    }
}
