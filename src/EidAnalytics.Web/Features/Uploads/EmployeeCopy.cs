using System.Collections.Concurrent;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Metrics;
using EidAnalytics.Core.Pseudonymisation;
using Npgsql;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary>
/// Takes an upload's rows as the parser validates them and stores them in <c>employees</c> by binary COPY,
/// pseudonymised, with no record kept: the parser's thread checks rows and tallies them for the metrics,
/// a second thread pseudonymises and encodes them in batches, and PostgreSQL stores them, all at once.
/// When the parser finds a problem the rows stop; <see cref="DisposeAsync"/> without
/// <see cref="CompleteAsync"/> cancels the COPY, and the caller rolls its transaction back.
/// </summary>
internal sealed class EmployeeCopy : IRecordSink, IAsyncDisposable
{
    private const string Command =
        "copy employees (dataset_version_id, pseudonym, job_family, level, grade, fte, start_date, level_start_date, " +
        "last_promotion_date, leave_date, leave_reason, gender, ethnicity, disability, age_band, working_pattern, " +
        "hourly_pay, bonus_pay) from stdin (format binary)";

    /// <summary>Fields in each row: the columns of <see cref="Command"/>.</summary>
    private const short Fields = 18;

    /// <summary>Rows handed to the writing thread at a time: few hand-overs, little memory (a few MB in flight).</summary>
    private const int BatchSize = 4096;

    private readonly NpgsqlRawCopyStream _copy;
    private readonly BinaryCopyRows _rows;
    private readonly OrganisationPseudonyms _pseudonyms;
    private readonly RecordKeys _recordKeys;
    private readonly long _datasetVersionId;
    private readonly BlockingCollection<EmployeeRecord[]> _batches = new(boundedCapacity: 8);
    private readonly CancellationTokenSource _writerFailed = new();
    private readonly Task _writer;
    private EmployeeRecord[] _batch = new EmployeeRecord[BatchSize];
    private int _batchCount;
    private volatile bool _rejected;
    private bool _completed;

    private EmployeeCopy(NpgsqlRawCopyStream copy, OrganisationPseudonyms pseudonyms, RecordKeys recordKeys, long datasetVersionId)
    {
        (_copy, _pseudonyms, _recordKeys, _datasetVersionId) = (copy, pseudonyms, recordKeys, datasetVersionId);
        _rows = new BinaryCopyRows(copy);
        _writer = Task.Factory.StartNew(Write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The rows' tally; null until the first row, whose snapshot date it is for.</summary>
    public WorkforceTally? Tally { get; private set; }

    /// <summary>
    /// The rows' base cells for disclosure control, gathered on the writing thread where each person's pseudonym,
    /// and so their record key, is at hand; complete once <see cref="CompleteAsync"/> has returned.
    /// </summary>
    public DisclosureCells Cells { get; } = new();

    /// <summary>Starts the COPY on <paramref name="connection"/>, inside the caller's transaction.</summary>
    public static async Task<EmployeeCopy> BeginAsync(
        NpgsqlConnection connection, long datasetVersionId, string organisationCode, Pseudonymiser pseudonymiser, CancellationToken cancellationToken)
    {
        var pseudonyms = pseudonymiser.For(organisationCode);
        var recordKeys = pseudonymiser.RecordKeys();
        try
        {
            return new EmployeeCopy(await connection.BeginRawBinaryCopyAsync(Command, cancellationToken), pseudonyms, recordKeys, datasetVersionId);
        }
        catch
        {
            pseudonyms.Dispose();
            recordKeys.Dispose();
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
        _batch[_batchCount++] = record;
        if (_batchCount == BatchSize)
        {
            HandOver();
        }
    }

    public void Reject()
    {
        _rejected = true;
        _batches.CompleteAdding();
    }

    /// <summary>Ends the COPY: every row added is then in the caller's transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_rejected)
        {
            throw new InvalidOperationException("A rejected file's rows cannot be kept.");
        }
        HandOver();
        _batches.CompleteAdding();
        await _writer;
        cancellationToken.ThrowIfCancellationRequested();
        _rows.End();
        _completed = true;
        await _copy.DisposeAsync();
    }

    /// <summary>Cancels the COPY unless it was completed: disposing Npgsql's raw stream would otherwise end it as if it were whole.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_batches.IsAddingCompleted)
        {
            _batches.CompleteAdding();
        }
        try
        {
            await _writer;
        }
        catch (Exception) when (!_completed)
        {
            // The COPY is being abandoned and the transaction rolled back; the caller has the error that matters.
        }
        _pseudonyms.Dispose();
        _recordKeys.Dispose();
        if (!_completed)
        {
            await _copy.CancelAsync();
        }
        await _copy.DisposeAsync();
        _batches.Dispose();
        _writerFailed.Dispose();
    }

    private void HandOver()
    {
        if (_batchCount == 0)
        {
            return;
        }
        try
        {
            _batches.Add(_batchCount == BatchSize ? _batch : _batch[.._batchCount], _writerFailed.Token);
        }
        catch (OperationCanceledException) when (_writerFailed.IsCancellationRequested)
        {
            // The writer failed and takes no more: the parser's thread gets the writer's error instead of waiting forever.
            _writer.GetAwaiter().GetResult();
            throw;
        }
        (_batch, _batchCount) = (new EmployeeRecord[BatchSize], 0);
    }

    /// <summary>The writing thread: pseudonymises and encodes each batch, blocking only when PostgreSQL is behind.</summary>
    private void Write()
    {
        try
        {
            _rows.Begin();
            foreach (var batch in _batches.GetConsumingEnumerable())
            {
                if (_rejected)
                {
                    return;
                }
                foreach (var record in batch)
                {
                    WriteRow(record);
                }
            }
        }
        catch
        {
            _writerFailed.Cancel();
            throw;
        }
    }

    private void WriteRow(EmployeeRecord record)
    {
        var rows = _rows;
        rows.StartRow(Fields);
        rows.Bigint(_datasetVersionId);
        var pseudonym = _pseudonyms.Pseudonymise(record.EmployeeRef).Span;
        rows.Bytea(pseudonym);
        Cells.Add(record, _recordKeys.Of(pseudonym));
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
}
