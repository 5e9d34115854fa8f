using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Benchmarks.Micro;

/// <summary>The extract the micro-benchmarks read: the bench generator's rows, held in memory so no disk is timed.</summary>
internal static class MicroExtract
{
    public static byte[] Bytes(int rows, int organisations)
    {
        var path = Path.GetTempFileName();
        try
        {
            BenchExtract.Write(path, rows, organisations, seed: 20250331, BenchExtract.Snapshot);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static ParsedExtract Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var parsed = ExtractParser.ParseCsv(stream, new ExtractReadOptions { Today = SnapshotDates.TodayInUk(DateTimeOffset.UtcNow) });
        return parsed.IsValid
            ? parsed
            : throw new InvalidOperationException($"The generated extract has {parsed.ProblemCount} problems.");
    }
}
