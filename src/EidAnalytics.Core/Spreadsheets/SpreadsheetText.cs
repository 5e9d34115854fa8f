namespace EidAnalytics.Core.Spreadsheets;

/// <summary>
/// Text that goes into a file people open in a spreadsheet. Text beginning with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return would run as a formula in Excel, LibreOffice or
/// Google Sheets (CSV injection, OWASP); such text gets a leading apostrophe and shows as written.
/// </summary>
public static class SpreadsheetText
{
    public static bool StartsLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return StartsLikeFormula(text) ? "'" + text : text;
    }
}
