using System.Text.RegularExpressions;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Features.Mapping;

/// <summary>Wizard step 3: check your answers, see the first rows read through them, name the profile and load the file.</summary>
[Access(Access.OrganisationUploader)]
public sealed partial class CheckModel(MappingWizard wizard) : PageModel
{
    public WizardState State { get; private set; } = null!;

    public ParsedExtract Preview { get; private set; } = null!;

    /// <summary>The dataset of the same snapshot already loaded, which the file's figures would take the place of.</summary>
    public Data.DatasetVersion? Replaces { get; private set; }

    public List<(string Field, string Message)> Errors { get; } = [];

    [BindProperty]
    public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Name = State.Draft.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var name = (Name ?? "").Trim().ToLowerInvariant();
        if (!NamePattern().IsMatch(name))
        {
            Errors.Add(("name", "Give the mapping a name of letters, digits and hyphens, such as itrent-kingsmere or it-team"));
        }
        else if (BuiltInProfiles.Find(name) is not null)
        {
            Errors.Add(("name", $"{name} is the name of a built-in profile: give your mapping another name, such as {MappingWizard.SuggestedName(BuiltInProfiles.Find(name), State.Upload.Organisation!.Code)}"));
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await wizard.FinishAsync(State, State.Draft with { Name = name }, cancellationToken);
        return RedirectToPage("/Uploads/Status", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await wizard.LoadAsync(id, cancellationToken) is not { } state)
        {
            return false;
        }

        State = state;
        Preview = wizard.Preview(state);
        Replaces = await wizard.LoadedSnapshotAsync(state, state.Upload.SnapshotDate ?? (Preview.Records.Count > 0 ? Preview.Records[0].SnapshotDate : null), cancellationToken);
        return true;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex NamePattern();
}
