using System.Globalization;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Mapping;

/// <summary>Wizard step 1: which of the file's columns holds each of ours, the date format, and the snapshot date if the file has none.</summary>
[Access(Access.OrganisationUploader)]
public sealed class ColumnsModel(MappingWizard wizard, AuditLog audit) : PageModel
{
    /// <summary>The value of a choice that gives a column one value for every row, such as job_family "it".</summary>
    public const string FixedPrefix = "value:";

    public WizardState State { get; private set; } = null!;

    public List<(string Field, string Message)> Errors { get; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>What each of our columns is, for the page.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [ExtractColumns.OrganisationCode] = "Your organisation's GSS code. If the file has none, the code you uploaded it for is used.",
        [ExtractColumns.SnapshotDate] = "The date the extract describes. If the file has none, give it below.",
        [ExtractColumns.EmployeeRef] = "Your id for each person: a payroll or HR number.",
        [ExtractColumns.JobFamily] = "IT, digital, data or other. An IT team's own spreadsheet may have everyone in IT.",
        [ExtractColumns.Level] = "1 trainee to 6 head. If the file has grades instead, you give each grade a level next.",
        [ExtractColumns.Grade] = "Your local grade.",
        [ExtractColumns.Fte] = "Full-time equivalent.",
        [ExtractColumns.StartDate] = "Start of continuous service.",
        [ExtractColumns.LevelStartDate] = "When the person reached their current level or grade.",
        [ExtractColumns.LastPromotionDate] = "The most recent promotion.",
        [ExtractColumns.LeaveDate] = "Leavers only: their last day.",
        [ExtractColumns.LeaveReason] = "Leavers only: why they left.",
        [ExtractColumns.Gender] = "Gender or sex.",
        [ExtractColumns.Ethnicity] = "Ethnic group or origin.",
        [ExtractColumns.Disability] = "Whether the person is disabled.",
        [ExtractColumns.AgeBand] = "Age band. A date of birth is chosen separately below.",
        [ExtractColumns.WorkingPattern] = "Full or part time.",
        [ExtractColumns.HourlyPay] = "Ordinary hourly pay, in pounds.",
        [ExtractColumns.BonusPay] = "Bonus paid in the last 12 months, in pounds.",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await wizard.LoadAsync(id, cancellationToken) is not { } state)
        {
            return NotFound();
        }

        State = state;
        // The columns are shown with sample values from the file: record-level data.
        await audit.RecordAsync(AuditActions.ViewRecordLevel, $"sample values of upload {id}", cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await wizard.LoadAsync(id, cancellationToken) is not { } state)
        {
            return NotFound();
        }

        var form = Request.Form;
        var columns = new Dictionary<string, ColumnSource>(StringComparer.Ordinal);
        foreach (var column in ExtractColumns.All)
        {
            var choice = form[$"column-{column}"].ToString();
            if (choice.StartsWith(FixedPrefix, StringComparison.Ordinal))
            {
                columns[column] = ColumnSource.Fixed(choice[FixedPrefix.Length..]);
            }
            else if (choice.Length > 0 && state.Survey.Header.Contains(choice))
            {
                columns[column] = ColumnSource.FromHeader(choice);
            }
        }

        var birth = form["date-of-birth"].ToString();
        var format = form["date-format"].ToString();
        DateOnly? snapshot = null;
        if (!columns.ContainsKey(ExtractColumns.SnapshotDate))
        {
            if (DateOnly.TryParseExact($"{form["snapshot-year"]}-{form["snapshot-month"].ToString().PadLeft(2, '0')}-{form["snapshot-day"].ToString().PadLeft(2, '0')}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                snapshot = date;
            }
            else
            {
                Errors.Add(("snapshot-day", "The file has no snapshot date column: enter the date the extract describes, such as 31 3 2025"));
            }
        }

        foreach (var required in new[] { ExtractColumns.EmployeeRef, ExtractColumns.JobFamily, ExtractColumns.StartDate, ExtractColumns.Gender })
        {
            if (!columns.ContainsKey(required))
            {
                Errors.Add(($"column-{required}", $"Choose the column that holds {required}"));
            }
        }

        if (!columns.ContainsKey(ExtractColumns.Level) && !columns.ContainsKey(ExtractColumns.Grade))
        {
            Errors.Add(($"column-{ExtractColumns.Level}", "Choose the column that holds the level, or the grade to give a level to each grade"));
        }

        var draft = state.Draft with
        {
            Columns = columns,
            DateOfBirth = birth.Length > 0 && state.Survey.Header.Contains(birth) && !columns.ContainsKey(ExtractColumns.AgeBand) ? birth : null,
            DateFormat = format.Length == 0 || format == "yyyy-MM-dd" || !MappingProfileJson.IsDateFormat(format) ? null : format,
        };
        if (Errors.Count > 0)
        {
            State = state with { Draft = draft };
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await wizard.SetSnapshotDateAsync(state, snapshot, cancellationToken);
        await wizard.SaveDraftAsync(id, draft, cancellationToken);
        return RedirectToPage("Codes", new { id });
    }

    /// <summary>The first few different values of a column, to show what it holds.</summary>
    public string Samples(int field) =>
        string.Join(", ", State.Survey.Values[field].Take(4).Select(v => v.Value)) + (State.Survey.Values[field].Count > 4 ? ", …" : "");

    public string Chosen(string column) => State.Draft.Columns.GetValueOrDefault(column) switch
    {
        { Header: { } header } => header,
        { Value: { } value } => FixedPrefix + value,
        _ => "",
    };
}
