using System.Diagnostics;
using System.Globalization;

namespace EidAnalytics.Core.Extracts;

/// <summary>Writes records as a v1 extract: every column of <see cref="ExtractColumns.All"/>, in its order, ISO dates, invariant numbers.</summary>
public static class ExtractCsvWriter
{
    public static void Write(TextWriter writer, IEnumerable<EmployeeRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.WriteLine(string.Join(',', ExtractColumns.All));
        foreach (var row in rows)
        {
            // Going through the column list keeps every row aligned with the header by construction.
            writer.WriteLine(string.Join(',', ExtractColumns.All.Select(column => Field(ValueOf(row, column)))));
        }
    }

    /// <summary>A record's value of a v1 column as the standard writes it; empty when it has none.</summary>
    public static string ValueOf(EmployeeRecord row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return column switch
        {
            ExtractColumns.OrganisationCode => row.OrganisationCode,
            ExtractColumns.SnapshotDate => Date(row.SnapshotDate),
            ExtractColumns.EmployeeRef => row.EmployeeRef,
            ExtractColumns.JobFamily => Codes.JobFamily.Format(row.JobFamily),
            ExtractColumns.Level => row.Level.ToString(CultureInfo.InvariantCulture),
            ExtractColumns.Grade => row.Grade ?? "",
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
            _ => throw new UnreachableException($"The v1 standard gained a column ({column}) the writer does not fill."),
        };
    }

    /// <summary>A value as a CSV field: quoted when it holds a comma, quote or line break (RFC 4180).</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Money(double? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}
