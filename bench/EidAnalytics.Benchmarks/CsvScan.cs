using CsvHelper;

namespace EidAnalytics.Benchmarks;

/// <summary>
/// The floor for <c>analyse</c> in DESIGN §8: CsvHelper reading every field of the file (as the
/// span the analyser's reader also takes) and doing nothing with it. Any analyser that parses the
/// same file with CsvHelper pays at least this.
/// </summary>
public static class CsvScan
{
    /// <summary>Reads every field; returns the rows and characters seen so the reads cannot be skipped.</summary>
    public static (long Rows, long Characters) Run(string path)
    {
        using var file = File.OpenRead(path);
        using var reader = CsvReader.Create(file, CsvReaderOptions.Default with { Separator = ',' });
        long rows = 0, characters = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                characters += reader.GetSpan(i).Length;
            }
            rows++;
        }
        return (rows, characters);
    }
}
