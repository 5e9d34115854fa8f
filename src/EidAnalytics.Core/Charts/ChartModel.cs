namespace EidAnalytics.Core.Charts;

/// <summary>
/// What every chart carries besides its marks: an element id unique on the page, the accessible name
/// and the description read out in words, and — when there is nothing to draw — the sentence a page
/// shows instead of an empty chart. Models are pure data: the Web project's renderer draws them.
/// </summary>
public abstract record ChartModel
{
    protected ChartModel(string id, string title, string description, string? empty)
    {
        // Ids end up in aria-labelledby and url(#…) on a page that may hold several charts, so they
        // must be plain and are checked here rather than escaped.
        var valid = id.Length > 0 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        if (!valid)
        {
            throw new ArgumentException(
                $"Chart id \"{id}\" must start with a letter and hold only letters, digits, '-' and '_'.", nameof(id));
        }
        Id = id;
        Title = ChartFormat.Clean(title);
        Description = ChartFormat.Clean(description);
        Empty = empty;
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    /// <summary>Why there is nothing to plot, as a sentence; null when the chart has something to draw.</summary>
    public string? Empty { get; }
}
