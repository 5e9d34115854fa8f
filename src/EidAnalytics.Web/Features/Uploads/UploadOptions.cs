using System.ComponentModel.DataAnnotations;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>Limits on uploaded extracts (section Eid:Uploads).</summary>
public sealed class UploadOptions
{
    public const string Section = "Eid:Uploads";

    /// <summary>Largest file accepted, in bytes; larger requests are refused with 413.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Most data rows one extract may hold.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRows { get; set; } = 2_000_000;

    /// <summary>How many problems are kept and shown for a rejected file (all are counted).</summary>
    [Range(1, 100_000)]
    public int MaxProblemsKept { get; set; } = 1000;

    /// <summary>Most parts (zip entries) an XLSX file may hold.</summary>
    [Range(10, 100_000)]
    public int MaxXlsxEntries { get; set; } = 1000;

    /// <summary>Most an XLSX file may unpack to, in bytes, declared and counted.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxXlsxUnpackedBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Highest packing ratio of any XLSX part over 1 MB; zip bombs pack a thousand times.</summary>
    [Range(2, 10_000)]
    public double MaxXlsxCompressionRatio { get; set; } = 100;

    /// <summary>Most columns a sheet may use.</summary>
    [Range(19, 16_384)]
    public int MaxColumns { get; set; } = 500;

    /// <summary>The read options for an upload of these limits; <paramref name="clock"/> says what today is.</summary>
    public Core.Extracts.ExtractReadOptions ReadOptions(TimeProvider clock) => new()
    {
        Today = Core.Extracts.SnapshotDates.TodayInUk(clock.GetUtcNow()),
        MaxBytes = MaxBytes,
        MaxRows = MaxRows,
        MaxProblems = MaxProblemsKept,
        MaxXlsxEntries = MaxXlsxEntries,
        MaxXlsxUnpackedBytes = MaxXlsxUnpackedBytes,
        MaxXlsxCompressionRatio = MaxXlsxCompressionRatio,
        MaxColumns = MaxColumns,
    };
}

/// <summary>Where uploaded files are kept (section Eid:Storage).</summary>
public sealed class StorageOptions
{
    public const string Section = "Eid:Storage";

    /// <summary>A folder outside the web root; originals are stored here under generated names.</summary>
    [Required]
    public string Directory { get; set; } = "";
}
