using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using Npgsql;
using NpgsqlTypes;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>
/// Takes an upload's rows as the parser validates them: each goes straight into <c>employees</c> by binary
/// COPY, pseudonymised on the way, and into the tally its metrics come from, so PostgreSQL stores rows on
/// one core while the file is still being checked on the other, and no record is kept. When the parser
/// finds a problem the rows stop; <see cref="DisposeAsync"/> without <see cref="CompleteAsync"/> cancels
/// the COPY, and the caller rolls its transaction back.
/// </summary>
internal sealed class EmployeeCopy : IRecordSink, IAsyncDisposable
{
    private const string Command =
        "copy employees (dataset_version_id, pseudonym, job_family, level, grade, fte, start_date, level_start_date, " +
        "last_promotion_date, leave_date, leave_reason, gender, ethnicity, disability, age_band, working_pattern, " +
        "hourly_pay, bonus_pay) from stdin (format binary)";

    private readonly NpgsqlBinaryImporter _importer;
    private readonly OrganisationPseudonyms _pseudonyms;
    private readonly long _datasetVersionId;
    private bool _rejected;

    private EmployeeCopy(NpgsqlBinaryImporter importer, OrganisationPseudonyms pseudonyms, long datasetVersionId) =>
        (_importer, _pseudonyms, _datasetVersionId) = (importer, pseudonyms, datasetVersionId);

    /// <summary>The rows' tally; null until the first row, whose snapshot date it is for.</summary>
    public WorkforceTally? Tally { get; private set; }

    /// <summary>Starts the COPY on <paramref name="connection"/>, inside the caller's transaction.</summary>
    public static async Task<EmployeeCopy> BeginAsync(
        NpgsqlConnection connection, long datasetVersionId, string organisationCode, Pseudonymiser pseudonymiser, CancellationToken cancellationToken)
    {
        var pseudonyms = pseudonymiser.For(organisationCode);
        try
        {
            return new EmployeeCopy(await connection.BeginBinaryImportAsync(Command, cancellationToken), pseudonyms, datasetVersionId);
        }
        catch
        {
            pseudonyms.Dispose();
            throw;
        }
    }

    public void Add(EmployeeRecord record)
    {
        if (_rejected)
        {
            return;
        }
        (Tally ??= new WorkforceTally(record.SnapshotDate)).Add(record);

        // The synchronous writers fill Npgsql's buffer without a task per field; they block only
        // when the buffer is flushed to the server, which is what lets validation and the COPY overlap.
        var importer = _importer;
        importer.StartRow();
        importer.Write(_datasetVersionId, NpgsqlDbType.Bigint);
        importer.Write(_pseudonyms.Pseudonymise(record.EmployeeRef), NpgsqlDbType.Bytea);
        importer.Write(Codes.JobFamily.Format(record.JobFamily), NpgsqlDbType.Text);
        importer.Write((short)record.Level, NpgsqlDbType.Smallint);
        WriteText(record.Grade);
        importer.Write(record.Fte, NpgsqlDbType.Double);
        importer.Write(record.StartDate, NpgsqlDbType.Date);
        WriteDate(record.LevelStartDate);
        WriteDate(record.LastPromotionDate);
        WriteDate(record.LeaveDate);
        WriteText(record.LeaveReason is { } reason ? Codes.LeaveReason.Format(reason) : null);
        importer.Write(Codes.Gender.Format(record.Gender), NpgsqlDbType.Text);
        WriteText(record.Ethnicity is { } ethnicity ? Codes.Ethnicity.Format(ethnicity) : null);
        WriteText(record.Disability is { } disability ? Codes.Disability.Format(disability) : null);
        WriteText(record.AgeBand is { } ageBand ? Codes.AgeBand.Format(ageBand) : null);
        WriteText(record.WorkingPattern is { } pattern ? Codes.WorkingPattern.Format(pattern) : null);
        WriteDouble(record.HourlyPay);
        WriteDouble(record.BonusPay);
    }

    public void Reject() => _rejected = true;

    /// <summary>Ends the COPY: every row added is then in the caller's transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_rejected)
        {
            throw new InvalidOperationException("A rejected file's rows cannot be kept.");
        }
        await _importer.CompleteAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _pseudonyms.Dispose();
        await _importer.DisposeAsync();
    }

    private void WriteText(string? value)
    {
        if (value is null) _importer.WriteNull(); else _importer.Write(value, NpgsqlDbType.Text);
    }

    private void WriteDate(DateOnly? value)
    {
        if (value is { } date) _importer.Write(date, NpgsqlDbType.Date); else _importer.WriteNull();
    }

    private void WriteDouble(double? value)
    {
        if (value is { } number) _importer.Write(number, NpgsqlDbType.Double); else _importer.WriteNull();
    }
}
