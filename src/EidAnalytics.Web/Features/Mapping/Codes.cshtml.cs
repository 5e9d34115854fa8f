using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Mapping;

/// <summary>Wizard step 2: what each code of the file we do not know means, and the level of each grade.</summary>
[Access(Access.OrganisationUploader)]
public sealed class CodesModel(MappingWizard wizard) : PageModel
{
    public WizardState State { get; private set; } = null!;

    public IReadOnlyDictionary<string, IReadOnlyList<ValueCount>> Unknown { get; private set; } = new Dictionary<string, IReadOnlyList<ValueCount>>();

    public IReadOnlyList<ValueCount> Grades { get; private set; } = [];

    public List<(string Field, string Message)> Errors { get; } = [];

    /// <summary>A form field's name for a value: its position, since values may hold any character.</summary>
    public static string Field(string column, int index) => $"code-{column}-{index}";

    public static string GradeField(int index) => $"grade-{index}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return Unknown.Count == 0 && Grades.Count == 0 ? RedirectToPage("Check", new { id }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var codes = State.Draft.Codes.ToDictionary(c => c.Key, c => c.Value.ToList(), StringComparer.Ordinal);
        foreach (var (column, values) in Unknown)
        {
            var allowed = MappingProfileJson.CodedColumns[column];
            for (var i = 0; i < values.Count; i++)
            {
                var choice = Request.Form[Field(column, i)].ToString();
                if (allowed.Contains(choice))
                {
                    (codes.TryGetValue(column, out var list) ? list : codes[column] = []).Add(new CodeMapping(values[i].Value, choice));
                }
                else
                {
                    Errors.Add((Field(column, i), $"Choose what '{values[i].Value}' in {column} means"));
                }
            }
        }

        var grades = State.Draft.GradeLevels.ToList();
        for (var i = 0; i < Grades.Count; i++)
        {
            if (int.TryParse(Request.Form[GradeField(i)], out var level) && level is >= 1 and <= 6)
            {
                grades.Add(new GradeLevel(Grades[i].Value, level));
            }
            else
            {
                Errors.Add((GradeField(i), $"Choose the level of grade '{Grades[i].Value}'"));
            }
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await wizard.SaveDraftAsync(id, State.Draft with
        {
            Codes = codes.ToDictionary(c => c.Key, c => (IReadOnlyList<CodeMapping>)c.Value, StringComparer.Ordinal),
            GradeLevels = grades,
        }, cancellationToken);
        return RedirectToPage("Check", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await wizard.LoadAsync(id, cancellationToken) is not { } state)
        {
            return false;
        }

        State = state;
        Unknown = MappingSuggester.Untranslated(state.Survey, state.Draft);
        Grades = MappingSuggester.GradesWithoutLevel(state.Survey, state.Draft);
        return true;
    }
}
