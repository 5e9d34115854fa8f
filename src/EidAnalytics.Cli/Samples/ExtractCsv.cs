using System.Diagnostics;
using System.Globalization;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Cli.Samples;

/// <summary>Writes rows as a v1 extract: every column of <see cref="ExtractColumns.All"/>, in its order, ISO dates, invariant numbers.</summary>
internal static class ExtractCsv
{
    public static void Write(TextWriter writer, IEnumerable<EmployeeRecord> rows)
    {
        writer.WriteLine(string.Join(',', ExtractColumns.All));
        foreach (var row in rows)
        {
            // Going through the column list keeps every row aligned with the header by construction.
            writer.WriteLine(string.Join(',', ExtractColumns.All.Select(column => Field(row, column))));
        }
    }

    private static string Field(EmployeeRecord row, string column) => column switch
    {
        ExtractColumns.OrganisationCode => row.OrganisationCode,
        ExtractColumns.SnapshotDate => Date(row.SnapshotDate),
        ExtractColumns.EmployeeRef => row.EmployeeRef,
        ExtractColumns.JobFamily => Codes.JobFamily.Format(row.JobFamily),
        ExtractColumns.Level => row.Level.ToString(CultureInfo.InvariantCulture),
        ExtractColumns.Grade => SampleCsv.Field(row.Grade ?? ""),
        ExtractColumns.Fte => row.Fte.ToString("0.0#", CultureInfo.InvariantCulture),
        ExtractColumns.StartDate => Date(row.StartDate),
        ExtractColumns.LevelStartDate => Date(row.LevelStartDate),
        ExtractColumns.LastPromotionDate => Date(row.LastPromotionDate),
        ExtractColumns.LeaveDate => Date(row.LeaveDate),
        ExtractColumns.LeaveReason => row.LeaveReason is { } reason ? Codes.LeaveReason.Format(reason) : "",
        ExtractColumns.Gender => Codes.Gender.Format(row.Gender),
        ExtractColumns.Ethnicity => row.Ethnicity is { } ethnicity ? Codes.Ethnicity.Format(ethnicity) : "",
        ExtractColumns.Disability => row.Disability is { } disability ? Codes.Disability.Format(disability) : "",
        ExtractColumns.AgeBand => row.AgeBand is { } band ? Codes.AgeBand.Format(band) : "",
        ExtractColumns.WorkingPattern => row.WorkingPattern is { } pattern ? Codes.WorkingPattern.Format(pattern) : "",
        ExtractColumns.HourlyPay => Money(row.HourlyPay),
        ExtractColumns.BonusPay => Money(row.BonusPay),
        _ => throw new UnreachableException($"The v1 standard gained a column ({column}) the sample writer does not fill."),
    };

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Money(double? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The one CSV rule the sample files need beyond plain joining: quote a text value that holds a comma, quote or line break (RFC 4180).</summary>
internal static class SampleCsv
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
