using EidAnalytics.Core.Extracts;
using Npgsql;
using NpgsqlTypes;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>Writes validated records into <c>employees</c> with binary COPY, pseudonymising each reference on the way.</summary>
internal static class EmployeeCopy
{
    private const string Command =
        "copy employees (dataset_version_id, pseudonym, job_family, level, grade, fte, start_date, level_start_date, " +
        "last_promotion_date, leave_date, leave_reason, gender, ethnicity, disability, age_band, working_pattern, " +
        "hourly_pay, bonus_pay) from stdin (format binary)";

    public static async Task WriteAsync(
        NpgsqlConnection connection,
        long datasetVersionId,
        string organisationCode,
        IReadOnlyList<EmployeeRecord> records,
        Pseudonymiser pseudonymiser,
        CancellationToken cancellationToken)
    {
        using var pseudonyms = pseudonymiser.For(organisationCode);
        await using var importer = await connection.BeginBinaryImportAsync(Command, cancellationToken);
        foreach (var r in records)
        {
            // The synchronous writers fill Npgsql's buffer without a task per field; they block
            // only when the buffer is flushed to the server.
            importer.StartRow();
            importer.Write(datasetVersionId, NpgsqlDbType.Bigint);
            importer.Write(pseudonyms.Pseudonymise(r.EmployeeRef), NpgsqlDbType.Bytea);
            importer.Write(Codes.JobFamily.Format(r.JobFamily), NpgsqlDbType.Text);
            importer.Write((short)r.Level, NpgsqlDbType.Smallint);
            WriteText(importer, r.Grade);
            importer.Write(r.Fte, NpgsqlDbType.Double);
            importer.Write(r.StartDate, NpgsqlDbType.Date);
            WriteDate(importer, r.LevelStartDate);
            WriteDate(importer, r.LastPromotionDate);
            WriteDate(importer, r.LeaveDate);
            WriteText(importer, r.LeaveReason is { } reason ? Codes.LeaveReason.Format(reason) : null);
            importer.Write(Codes.Gender.Format(r.Gender), NpgsqlDbType.Text);
            WriteText(importer, r.Ethnicity is { } ethnicity ? Codes.Ethnicity.Format(ethnicity) : null);
            WriteText(importer, r.Disability is { } disability ? Codes.Disability.Format(disability) : null);
            WriteText(importer, r.AgeBand is { } ageBand ? Codes.AgeBand.Format(ageBand) : null);
            WriteText(importer, r.WorkingPattern is { } pattern ? Codes.WorkingPattern.Format(pattern) : null);
            WriteDouble(importer, r.HourlyPay);
            WriteDouble(importer, r.BonusPay);
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private static void WriteText(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null) importer.WriteNull(); else importer.Write(value, NpgsqlDbType.Text);
    }

    private static void WriteDate(NpgsqlBinaryImporter importer, DateOnly? value)
    {
        if (value is { } date) importer.Write(date, NpgsqlDbType.Date); else importer.WriteNull();
    }

    private static void WriteDouble(NpgsqlBinaryImporter importer, double? value)
    {
        if (value is { } number) importer.Write(number, NpgsqlDbType.Double); else importer.WriteNull();
    }
}
