using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Benchmarks.Run;

/// <summary>
/// The table <c>psql \copy</c> loads in section b, the peer of an upload: the v1 extract's columns
/// (Core's <see cref="ExtractColumns"/>, in their order), unindexed, as text, date, smallint and
/// double precision.
/// </summary>
public static class CopyTable
{
    public const string Name = "bench_copy";

    public static string Create() =>
        $"drop table if exists {Name}; create table {Name} ({string.Join(", ", ExtractColumns.All.Select(c => $"{c} {Type(c)}"))})";

    public static string Copy(string file) => $"\\copy {Name} from '{file}' with (format csv, header true)";

    private static string Type(string column) => column switch
    {
        ExtractColumns.SnapshotDate or ExtractColumns.StartDate or ExtractColumns.LevelStartDate
            or ExtractColumns.LastPromotionDate or ExtractColumns.LeaveDate => "date",
        ExtractColumns.Level => "smallint",
        ExtractColumns.Fte or ExtractColumns.HourlyPay or ExtractColumns.BonusPay => "double precision",
        _ => "text",
    };
}
