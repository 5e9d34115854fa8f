namespace EidAnalytics.Core.Extracts;

/// <summary>Counts problems into <see cref="ProblemGroup"/>s as they are reported, however many there are.</summary>
internal sealed class ProblemGroups
{
    /// <summary>Rows listed per group; the count covers the rest.</summary>
    private const int RowsKept = 8;

    /// <summary>
    /// Groups told apart by value at the most: a file of free text in a coded column would otherwise
    /// make one group per row. Beyond this, unknown values are counted together per column.
    /// </summary>
    private const int MaxGroups = 200;

    private readonly Dictionary<(ProblemKind Kind, string Column, string Value), Builder> _groups = [];

    public void Add(ValidationProblem problem)
    {
        var byValue = problem.Kind is ProblemKind.UnknownCode or ProblemKind.UnknownGrade;
        var key = (problem.Kind, problem.Column, byValue ? problem.Value.Trim().ToUpperInvariant() : "");
        if (!_groups.TryGetValue(key, out var group))
        {
            if (_groups.Count >= MaxGroups && byValue)
            {
                key = (problem.Kind, problem.Column, "");
                group = _groups.GetValueOrDefault(key);
            }

            if (group is null)
            {
                group = new Builder(problem);
                _groups[key] = group;
            }
        }

        group.Count++;
        if (group.Rows.Count < RowsKept)
        {
            group.Rows.Add(problem.Row);
        }
    }

    /// <summary>Forgets the problems of one kind, which the caller has found to be better said as one.</summary>
    public void Remove(ProblemKind kind)
    {
        foreach (var key in _groups.Keys.Where(k => k.Kind == kind).ToList())
        {
            _groups.Remove(key);
        }
    }

    public List<ProblemGroup> ToList() => _groups.Values
        .OrderByDescending(g => g.Count).ThenBy(g => g.Rows[0])
        .Select(g => new ProblemGroup(g.First.Kind, g.First.Column, g.First.Value.Trim(), g.Count, g.Rows, g.First.Reason))
        .ToList();

    private sealed class Builder(ValidationProblem first)
    {
        public ValidationProblem First { get; } = first;
        public int Count { get; set; }
        public List<int> Rows { get; } = [];
    }
}
