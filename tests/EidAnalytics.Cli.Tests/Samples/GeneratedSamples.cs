using System.Text;
using EidAnalytics.Cli.Samples;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Cli.Tests.Samples;

/// <summary>
/// The default sample set, generated once into a temporary folder. Each council's main extract is
/// read as the service reads it (through its profile, if it has one) and seen as v1 CSV text, so the
/// same checks apply whatever its layout; a v1 CSV file is seen as it is.
/// </summary>
public sealed class GeneratedSamples : IDisposable
{
    public GeneratedSamples()
    {
        Folder = SampleFolder.Create();
        Summary = SampleGenerator.Write(Folder, SampleGenerator.DefaultSeed);
        Organisations = CsvText.Read(Path.Combine(Folder, "organisations.csv")).Rows;
        var files = Directory.GetFiles(Path.Combine(Folder, "extracts")).Order(StringComparer.Ordinal).ToList();
        Extracts = files.Where(path => Named(path).Note is null).Select(path => Read(path, Folder)).ToList();
        ItTeamExtracts = files.Where(path => Named(path).Note is not null).Select(path => Read(path, Folder)).ToList();
    }

    /// <summary>A sample file as v1 CSV: as it is, or read through its profile and written in the standard.</summary>
    public static SampleExtract Read(string path, string folder)
    {
        var name = Path.GetFileName(path);
        if (Named(path).Profile is null && name.EndsWith(".csv", StringComparison.Ordinal))
        {
            return new SampleExtract(name, File.ReadAllBytes(path), CsvText.Read(path));
        }

        var parsed = SampleFiles.Parse(path, folder);
        Assert.True(parsed.IsValid, $"{name}: {string.Join("; ", parsed.Problems.Take(5))}");
        using var text = new StringWriter { NewLine = "\n" };
        ExtractCsvWriter.Write(text, parsed.Records);
        return new SampleExtract(name, Encoding.UTF8.GetBytes(text.ToString()), CsvText.Parse(text.ToString()));
    }

    private static ExtractFileName Named(string path) =>
        ExtractFileName.TryParse(path, out var name) ? name : throw new InvalidDataException($"{path} is not named as a sample extract");

    public string Folder { get; }

    public SampleSummary Summary { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Organisations { get; }

    /// <summary>Each council's extract of each snapshot, in the standard or the layout it sends.</summary>
    public IReadOnlyList<SampleExtract> Extracts { get; }

    /// <summary>The IT teams' own spreadsheets, beside the whole-council extracts.</summary>
    public IReadOnlyList<SampleExtract> ItTeamExtracts { get; }

    /// <summary>A council's extracts in snapshot order.</summary>
    public IReadOnlyList<SampleExtract> Of(string code) => Extracts.Where(e => e.Code == code).OrderBy(e => e.Snapshot).ToList();

    public IEnumerable<string> Codes => Extracts.Select(e => e.Code).Distinct();

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>One extract file as written: its name, raw bytes and rows keyed by column.</summary>
public sealed record SampleExtract(string Name, byte[] Bytes, CsvText Csv)
{
    public string Code => Name[..Name.IndexOf('_', StringComparison.Ordinal)];

    public string Snapshot => Name.Substring(Name.IndexOf('_', StringComparison.Ordinal) + 1, 10);

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows => Csv.Rows;

    public IEnumerable<IReadOnlyDictionary<string, string>> Staff => Rows.Where(r => r["leave_date"].Length == 0);

    public IEnumerable<IReadOnlyDictionary<string, string>> Leavers => Rows.Where(r => r["leave_date"].Length > 0);
}

/// <summary>
/// The samples' CSV read the simplest way, comma-split lines: the generated files never need quoting,
/// and a quoted value would show up as a line with the wrong number of fields.
/// </summary>
public sealed record CsvText(IReadOnlyList<string> Header, IReadOnlyList<string[]> Lines, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static CsvText Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    public static CsvText Parse(string text)
    {
        var lines = text.Split('\n');
        var header = lines[0].Split(',');
        var fields = lines.Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')).ToList();
        var rows = fields
            .Select(f => (IReadOnlyDictionary<string, string>)header.Select((column, i) => (column, value: i < f.Length ? f[i] : "")).ToDictionary(p => p.column, p => p.value))
            .ToList();
        return new CsvText(header, fields, rows);
    }
}

internal static class SampleFolder
{
    public static string Create() => Directory.CreateTempSubdirectory("eid-samples-").FullName;
}
