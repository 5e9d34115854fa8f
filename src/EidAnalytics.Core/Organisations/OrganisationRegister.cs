using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Organisations;

/// <summary>
/// Reads and checks the organisation reference list: a UTF-8 CSV with columns <c>code</c>, <c>name</c>,
/// <c>type</c>, <c>region</c> and optionally <c>it_team_size</c> and <c>workforce_size</c> (docs/reference-data.md).
/// Problems are reported per row, as for extracts, and a list with any problem is not loaded at all.
/// </summary>
public static partial class OrganisationRegister
{
    private static readonly string[] RequiredColumns = ["code", "name", "type", "region"];

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
        foreach (var column in RequiredColumns.Where(c => !csv.TryGetFieldIndex(c, out _)))
        {
            problems.Add(new(1, column, "", $"The required column '{column}' is missing."));
        }
        if (problems.Count > 0)
        {
            return (entries, problems);
        }
        var hasTeamSize = csv.TryGetFieldIndex("it_team_size", out _);
        var hasWorkforceSize = csv.TryGetFieldIndex("workforce_size", out _);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            // Rows are numbered as in the file, the header being row 1.
            var row = (int)csv.RowNumber + 1;
            var teamSize = hasTeamSize ? csv.GetString("it_team_size").Trim() : "";
            var workforceSize = hasWorkforceSize ? csv.GetString("workforce_size").Trim() : "";
            var (entry, rowProblems) = Read(
                row, csv.GetString("code"), csv.GetString("name"), csv.GetString("type"), csv.GetString("region"), teamSize, workforceSize);
            problems.AddRange(rowProblems);
            var code = csv.GetString("code").Trim();
            if (GssCode().IsMatch(code) && !seen.Add(code))
            {
                problems.Add(new(row, "code", code, "appears more than once in the list."));
            }
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }
        return (problems.Count == 0 ? entries : [], problems);
    }

    /// <summary>
    /// Checks one organisation as typed into the list or the admin form and returns it in canonical form
    /// (trimmed, the region spelt as ONS spells it), or null with the problems. Sizes are optional whole numbers.
    /// </summary>
    public static (OrganisationEntry? Entry, IReadOnlyList<ValidationProblem> Problems) Read(
        int row, string code, string name, string type, string region, string itTeamSize, string workforceSize)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(region);
        var problems = new List<ValidationProblem>();
        code = code.Trim();
        name = name.Trim();
        type = type.Trim().ToLowerInvariant();
        if (!GssCode().IsMatch(code))
        {
            problems.Add(new(row, "code", code, "is not an ONS GSS code (a letter E, N, S or W then 8 digits)."));
        }
        if (name.Length == 0)
        {
            problems.Add(new(row, "name", name, "is blank: every organisation needs a name."));
        }
        if (!OrganisationTypes.IsKnown(type))
        {
            problems.Add(new(row, "type", type, "is not a known type: use one of " + string.Join(", ", OrganisationTypes.All.Select(t => t.Code)) + "."));
        }
        var canonicalRegion = Regions.Find(region);
        if (canonicalRegion is null)
        {
            problems.Add(new(row, "region", region.Trim(), "is not an English region or a UK nation: use one of " + string.Join(", ", Regions.All) + "."));
        }
        var team = Size(row, "it_team_size", itTeamSize, problems);
        var workforce = Size(row, "workforce_size", workforceSize, problems);
        return problems.Count > 0
            ? (null, problems)
            : (new OrganisationEntry(code, name, type, canonicalRegion, team, workforce), problems);
    }

    private static int? Size(int row, string column, string? text, List<ValidationProblem> problems)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
        {
            return size;
        }
        problems.Add(new(row, column, text, "is not a whole number of people above 0 (leave it blank if unknown)."));
        return null;
    }

    [GeneratedRegex(@"^[ENSW]\d{8}$")]
    private static partial Regex GssCode();
}
