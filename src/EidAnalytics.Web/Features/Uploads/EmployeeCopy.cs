using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using Npgsql;

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

    /// <summary>Fields in each row: the columns of <see cref="Command"/>.</summary>
    private const short Fields = 18;

    private readonly NpgsqlRawCopyStream _copy;
    private readonly BinaryCopyRows _rows;
    private readonly OrganisationPseudonyms _pseudonyms;
    private readonly long _datasetVersionId;
    private bool _rejected;
    private bool _completed;

    private EmployeeCopy(NpgsqlRawCopyStream copy, OrganisationPseudonyms pseudonyms, long datasetVersionId)
    {
        (_copy, _pseudonyms, _datasetVersionId) = (copy, pseudonyms, datasetVersionId);
        _rows = new BinaryCopyRows(copy);
        _rows.Begin();
    }

    /// <summary>The rows' tally; null until the first row, whose snapshot date it is for.</summary>
    public WorkforceTally? Tally { get; private set; }

    /// <summary>Starts the COPY on <paramref name="connection"/>, inside the caller's transaction.</summary>
    public static async Task<EmployeeCopy> BeginAsync(
        NpgsqlConnection connection, long datasetVersionId, string organisationCode, Pseudonymiser pseudonymiser, CancellationToken cancellationToken)
    {
        var pseudonyms = pseudonymiser.For(organisationCode);
        try
        {
            return new EmployeeCopy(await connection.BeginRawBinaryCopyAsync(Command, cancellationToken), pseudonyms, datasetVersionId);
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

        // Written synchronously into one buffer; the thread blocks only when a full buffer goes to the
        // server, which is what lets validation here and storing in PostgreSQL overlap.
        var rows = _rows;
        rows.StartRow(Fields);
        rows.Bigint(_datasetVersionId);
        rows.Bytea(_pseudonyms.Pseudonymise(record.EmployeeRef).Span);
        rows.Text(Codes.JobFamily.Format(record.JobFamily));
        rows.Smallint((short)record.Level);
        rows.Text(record.Grade);
        rows.Double(record.Fte);
        rows.Date(record.StartDate);
        rows.Date(record.LevelStartDate);
        rows.Date(record.LastPromotionDate);
        rows.Date(record.LeaveDate);
        rows.Text(record.LeaveReason is { } reason ? Codes.LeaveReason.Format(reason) : null);
        rows.Text(Codes.Gender.Format(record.Gender));
        rows.Text(record.Ethnicity is { } ethnicity ? Codes.Ethnicity.Format(ethnicity) : null);
        rows.Text(record.Disability is { } disability ? Codes.Disability.Format(disability) : null);
        rows.Text(record.AgeBand is { } ageBand ? Codes.AgeBand.Format(ageBand) : null);
        rows.Text(record.WorkingPattern is { } pattern ? Codes.WorkingPattern.Format(pattern) : null);
        rows.Double(record.HourlyPay);
        rows.Double(record.BonusPay);
    }

    public void Reject() => _rejected = true;

    /// <summary>Ends the COPY: every row added is then in the caller's transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_rejected)
        {
            throw new InvalidOperationException("A rejected file's rows cannot be kept.");
        }
        cancellationToken.ThrowIfCancellationRequested();
        _rows.End();
        _completed = true;
        await _copy.DisposeAsync();
    }

    /// <summary>Cancels the COPY unless it was completed: disposing Npgsql's raw stream would otherwise end it as if it were whole.</summary>
    public async ValueTask DisposeAsync()
    {
        _pseudonyms.Dispose();
        if (!_completed)
        {
            await _copy.CancelAsync();
        }
        await _copy.DisposeAsync();
    }
}
