using System.Text;
using EidAnalytics.Cli.Samples;

namespace EidAnalytics.Core.Tests.Samples;

/// <summary>The default sample set, generated once into a temporary folder and read back as plain text.</summary>
public sealed class GeneratedSamples : IDisposable
{
    public GeneratedSamples()
    {
        Folder = SampleFolder.Create();
        Summary = SampleGenerator.Write(Folder, SampleGenerator.DefaultSeed);
        Organisations = CsvText.Read(Path.Combine(Folder, "organisations.csv")).Rows;
        Extracts = Directory.GetFiles(Path.Combine(Folder, "extracts"), "*.csv")
            .Order(StringComparer.Ordinal)
            .Select(path => new SampleExtract(Path.GetFileName(path), File.ReadAllBytes(path), CsvText.Read(path)))
            .ToList();
    }

    public string Folder { get; }

    public SampleSummary Summary { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Organisations { get; }

    public IReadOnlyList<SampleExtract> Extracts { get; }

    /// <summary>A council's extracts in snapshot order.</summary>
    public IReadOnlyList<SampleExtract> Of(string code) => Extracts.Where(e => e.Code == code).OrderBy(e => e.Snapshot).ToList();

    public IEnumerable<string> Codes => Extracts.Select(e => e.Code).Distinct();

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>One extract file as written: its name, raw bytes and rows keyed by column.</summary>
public sealed record SampleExtract(string Name, byte[] Bytes, CsvText Csv)
{
    public string Code => Name[..Name.IndexOf('_', StringComparison.Ordinal)];

    public string Snapshot => Name[(Name.IndexOf('_', StringComparison.Ordinal) + 1)..^".csv".Length];

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
    public static CsvText Read(string path)
    {
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
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
