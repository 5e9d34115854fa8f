using System.Text.RegularExpressions;
using CsvHelper;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Organisations;

/// <summary>One organisation of the reference list.</summary>
public sealed record OrganisationEntry(string Code, string Name);

/// <summary>
/// Reads the organisation reference list: a UTF-8 CSV with columns <c>code</c> (ONS GSS code)
/// and <c>name</c>. Problems are reported per row, as for extracts.
/// </summary>
public static partial class OrganisationRegister
{
    public static (IReadOnlyList<OrganisationEntry> Entries, IReadOnlyList<ValidationProblem> Problems) Parse(Stream stream)
    {
        var entries = new List<OrganisationEntry>();
        var problems = new List<ValidationProblem>();
        // The separator is fixed rather than detected: organisation names may hold semicolons.
        using var csv = CsvReader.Create(stream, CsvReaderOptions.Default with { Separator = ',' });
        if (csv.Headers.Count == 0)
        {
            problems.Add(new(0, "", "", "The organisation list is empty."));
            return (entries, problems);
        }
        foreach (var column in new[] { "code", "name" })
        {
            if (!csv.TryGetFieldIndex(column, out _))
            {
                problems.Add(new(1, column, "", $"The required column '{column}' is missing."));
            }
        }
        if (problems.Count > 0)
        {
            return (entries, problems);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            // Rows are numbered as in the file, the header being row 1.
            var row = (int)csv.RowNumber + 1;
            var code = csv.GetString("code").Trim();
            var name = csv.GetString("name").Trim();
            if (!GssCode().IsMatch(code))
            {
                problems.Add(new(row, "code", code, "is not an ONS GSS code (a letter E, N, S or W then 8 digits)."));
            }
            else if (!seen.Add(code))
            {
                problems.Add(new(row, "code", code, "appears more than once in the list."));
            }
            if (name.Length == 0)
            {
                problems.Add(new(row, "name", name, "is blank: every organisation needs a name."));
            }
            entries.Add(new(code, name));
        }
        return (problems.Count == 0 ? entries : [], problems);
    }

    [GeneratedRegex(@"^[ENSW]\d{8}$")]
    private static partial Regex GssCode();
}
