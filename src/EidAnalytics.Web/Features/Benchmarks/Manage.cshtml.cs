using System.Globalization;
using EidAnalytics.Core.Comparisons;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Benchmarks;

/// <summary>Benchmark values entered by administrators, each with its source; comparisons offer them beside the computed ones.</summary>
[Access(Access.Admin)]
public sealed class ManageModel(EidDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Benchmark> Benchmarks { get; private set; } = [];

    [BindProperty] public string MetricId { get; set; } = ComparableMetrics.All[0].Id;
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Percent { get; set; } = "";
    [BindProperty] public string Source { get; set; } = "";

    public List<(string Field, string Message)> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ComparableMetrics.Find(MetricId) is null)
        {
            Errors.Add(("metric", "Choose a metric"));
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            Errors.Add(("name", "Enter a name for the benchmark"));
        }
        if (!double.TryParse(Percent, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || percent is < 0 or > 100)
        {
            Errors.Add(("percent", "Enter the value as a percentage from 0 to 100, like 17.5"));
        }
        if (string.IsNullOrWhiteSpace(Source))
        {
            Errors.Add(("source", "Enter where the value comes from, so readers can check it"));
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }
        db.Benchmarks.Add(new Benchmark { MetricId = MetricId, Name = Name.Trim(), Value = percent / 100, Source = Source.Trim(), CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        await db.Benchmarks.Where(b => b.Id == id).ExecuteDeleteAsync(cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Benchmarks = await db.Benchmarks.AsNoTracking().OrderBy(b => b.MetricId).ThenBy(b => b.Name).ToListAsync(cancellationToken);
}
