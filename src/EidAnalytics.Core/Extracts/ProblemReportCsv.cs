using System.Globalization;
using EidAnalytics.Core.Spreadsheets;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// A rejected file's problems as CSV, to open in a spreadsheet beside the file: row, column, value,
/// problem. Every cell that a spreadsheet would run as a formula is written with a leading
/// apostrophe, since the values are the uploader's own text (OWASP's advice on CSV injection).
/// </summary>
public static class ProblemReportCsv
{
    public static void Write(TextWriter writer, IEnumerable<ValidationProblem> problems, int totalCount)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(problems);
        writer.Write("row,column,value,problem\n");
        var written = 0;
        foreach (var problem in problems)
        {
            var row = problem.Row == 0 ? "" : problem.Row.ToString(CultureInfo.InvariantCulture);
            writer.Write($"{row},{Cell(problem.Column)},{Cell(problem.Value)},{Cell(problem.Reason)}\n");
            written++;
        }

        if (totalCount > written)
        {
            writer.Write(Cell(string.Create(CultureInfo.InvariantCulture, $"… and {totalCount - written:N0} more problems not listed")) + ",,,\n");
        }
    }

    /// <summary>A cell escaped against formulas, then quoted as RFC 4180 asks when it holds a comma, quote or line break.</summary>
    public static string Cell(string value) => ExtractCsvWriter.Field(SpreadsheetText.Escape(value));
}
