namespace EidAnalytics.Core.Extracts;

/// <summary>
/// One thing wrong with an extract, in words a council's HR officer can act on. <see cref="Row"/>
/// is the line number in the file (the header is row 1; in a spreadsheet, the sheet's own row
/// number); 0 means the file as a whole.
/// </summary>
public sealed record ValidationProblem(int Row, string Column, string Value, string Reason)
{
    /// <summary>What sort of problem it is, so that a report can group like with like and say what to do.</summary>
    public ProblemKind Kind { get; init; } = ProblemKind.Other;

    /// <summary>
    /// Whether <see cref="Value"/> is personal data that must not be stored with the report: an
    /// employee reference, or a date of birth (reported under age_band, which it would have become).
    /// </summary>
    public bool IsPersonal => Column == ExtractColumns.EmployeeRef || (Column == ExtractColumns.AgeBand && Kind is ProblemKind.BadDate or ProblemKind.NotARealDate);
}
