using System.Globalization;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Problems of one sort counted together: the same <see cref="Kind"/> in the same column and, for a
/// code or grade that is not known, the same value, so that a report can say "34 rows have a gender
/// code we don't know: 'W'" instead of listing 34 lines.
/// </summary>
/// <param name="Kind">The sort of problem.</param>
/// <param name="Column">The v1 column, or empty for the row or file as a whole.</param>
/// <param name="Value">The value in question for unknown codes and grades (as first seen); otherwise the first value met, as an example.</param>
/// <param name="Count">How many problems of this sort the file has, all of them, not only those kept.</param>
/// <param name="Rows">The first rows it occurs on, in file order.</param>
/// <param name="Example">The first problem's reason, in full.</param>
public sealed record ProblemGroup(ProblemKind Kind, string Column, string Value, int Count, IReadOnlyList<int> Rows, string Example)
{
    /// <summary>Whether the group's value is personal data (see <see cref="ValidationProblem.IsPersonal"/>).</summary>
    public bool IsPersonal => new ValidationProblem(0, Column, Value, Example) { Kind = Kind }.IsPersonal;

    /// <summary>What the group is and what to do about it, in one sentence for someone who is not a data specialist.</summary>
    public string Summary => Describe(this);

    private static string Describe(ProblemGroup g)
    {
        if (g.Count == 1 && g.Kind == ProblemKind.DuplicateRef)
        {
            // Its reason names both rows and what to do, and never the reference itself.
            return g.Example;
        }

        if (g.Count == 1)
        {
            var where = g.Rows[0] == 0 ? "" : g.Column.Length == 0 ? $"Row {g.Rows[0]}: " : $"Row {g.Rows[0]}, {g.Column}: ";
            return where + g.Example + Advice(g);
        }

        var rows = g.Rows.Count == 0 || g.Rows[0] == 0 ? "" : " (" + RowList(g) + ")";
        var have = string.Create(CultureInfo.InvariantCulture, $"{g.Count:N0} rows have");
        var text = g.Kind switch
        {
            ProblemKind.UnknownCode => $"{have} a {g.Column} code we don't know: '{g.Value}'{rows}",
            ProblemKind.UnknownGrade => $"{have} a grade with no level in the mapping: '{g.Value}'{rows}",
            ProblemKind.Blank => $"{have} no {g.Column}{rows}; every row needs one",
            ProblemKind.BadDate => $"{have} a {g.Column} we cannot read as a date, such as '{g.Value}'{rows}",
            ProblemKind.NotARealDate => $"{have} a {g.Column} that is not a real date, such as '{g.Value}'{rows}",
            ProblemKind.Formula => $"{have} a {g.Column} that starts like a spreadsheet formula, such as '{g.Value}'{rows}",
            ProblemKind.ControlCharacter => $"{have} a {g.Column} holding a control character, such as a NUL byte{rows}",
            ProblemKind.NotUtf8 => $"{have} text in {(g.Column.Length == 0 ? "a cell" : g.Column)} that is not UTF-8{rows}",
            ProblemKind.DuplicateRef => $"{have} an employee_ref that an earlier row already has{rows}",
            ProblemKind.DateAfterSnapshot => $"{have} a {g.Column} after the snapshot date{rows}",
            ProblemKind.LeaveOutsidePeriod => $"{have} a leave_date before the 12 months up to the snapshot date{rows}",
            _ => $"{have} this problem{(g.Column.Length == 0 ? "" : $" in {g.Column}")}{rows}, for example: {g.Example}",
        };
        return text + Advice(g);
    }

    private static string RowList(ProblemGroup g)
    {
        var list = string.Join(", ", g.Rows.Select(r => r.ToString(CultureInfo.InvariantCulture)));
        return (g.Rows.Count == 1 ? "row " : "rows ") + list + (g.Count > g.Rows.Count ? ", …" : "");
    }

    private static string Advice(ProblemGroup g) => g.Kind switch
    {
        ProblemKind.UnknownCode => " — map it to one of ours in the mapping wizard",
        ProblemKind.UnknownGrade => " — give it a level in the mapping wizard",
        ProblemKind.MissingColumn => " — if the file calls it something else, choose that column in the mapping wizard",
        ProblemKind.BadDate => " — write dates as 2025-03-31, or set the file's date format in the mapping wizard",
        ProblemKind.Formula => " — remove that first character",
        ProblemKind.NotUtf8 => " — save the file again as 'CSV UTF-8'",
        ProblemKind.ControlCharacter => " — export the file again from the HR system as CSV UTF-8",
        ProblemKind.DuplicateRef => " — give each person one row",
        ProblemKind.NotARealDate => g.Count == 1 ? " — correct it in the HR system and export the file again" : " — correct them in the HR system and export the file again",
        _ => "",
    };
}
