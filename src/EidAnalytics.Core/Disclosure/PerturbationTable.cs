namespace EidAnalytics.Core.Disclosure;

/// <summary>One outcome of a row of the perturbation table: the change to the count and how many of the 256 cell keys give it.</summary>
public readonly record struct Perturbation(long Change, int Keys);

/// <summary>
/// The cell key method's perturbation table (ONS, Census 2021; ABS TableBuilder): for a cell's true count c and its
/// cell key k (0–255), the change published. Each row is a probability distribution over changes, as key ranges,
/// laid out in order of change, and a cell's key picks the change.
/// </summary>
/// <remarks>
/// <para><b>Counts of at least the threshold T + 2</b> (7 and above when T = 5) change by −2, −1, 0, +1, +2 with
/// keys 26, 51, 102, 51, 26 of 256: probability 0.102, 0.199, 0.398, 0.199, 0.102; mean 0, variance 1.21, and 60% of
/// cells changed, so that two large nested cells both left unchanged — whose difference would then be exact — are
/// uncommon (P(both changes equal) = 0.26).</para>
/// <para><b>Counts of T and T + 1</b> take the same distribution, except that an outcome v from 1 to T − 1 is
/// replaced by T with probability v / T and by 0 otherwise: the mean stays at the true count, and no count from
/// 1 to T − 1 is published.</para>
/// <para><b>Counts from 1 to T − 1</b> are published as T with probability c / T and as 0 otherwise (mean c).</para>
/// <para><b>Zero</b> is published as zero: an empty cell holds no one to protect.</para>
/// <para>Probabilities become whole numbers of keys by largest remainders, so a row's mean can be off 0 by at
/// most a few hundredths. docs/comparisons.md prints the table.</para>
/// </remarks>
public sealed class PerturbationTable
{
    private static readonly (long Change, double Keys)[] Base = [(-2, 26), (-1, 51), (0, 102), (1, 51), (2, 26)];

    private readonly long _threshold;
    private readonly Perturbation[][] _small;
    private readonly Perturbation[] _large;

    public PerturbationTable(int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        _threshold = threshold;
        _small = [.. Enumerable.Range(0, threshold + 2).Select(c => Build(c))];
        _large = Build(threshold + 2);
    }

    public int Threshold => (int)_threshold;

    /// <summary>The row for a true count: its outcomes in key order.</summary>
    public IReadOnlyList<Perturbation> Row(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count < _small.Length ? _small[count] : _large;
    }

    /// <summary>The published count of a cell with this true count and cell key.</summary>
    public long Publish(long count, int cellKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (cellKey is < 0 or >= RecordKeys.Range)
        {
            throw new ArgumentOutOfRangeException(nameof(cellKey), cellKey, $"A cell key runs from 0 to {RecordKeys.Range - 1}.");
        }
        var remaining = cellKey;
        foreach (var outcome in Row(count))
        {
            if (remaining < outcome.Keys)
            {
                return count + outcome.Change;
            }
            remaining -= outcome.Keys;
        }
        throw new InvalidOperationException("A row's keys add up to 256.");
    }

    private Perturbation[] Build(long count)
    {
        var mass = new SortedDictionary<long, double>();
        void Put(long published, double keys)
        {
            if (keys > 0)
            {
                mass[published] = mass.GetValueOrDefault(published) + keys;
            }
        }
        if (count == 0)
        {
            Put(0, RecordKeys.Range);
        }
        else if (count < _threshold)
        {
            Put(_threshold, RecordKeys.Range * (double)count / _threshold);
            Put(0, RecordKeys.Range * (1 - ((double)count / _threshold)));
        }
        else
        {
            foreach (var (change, keys) in Base)
            {
                var published = count + change;
                if (published is > 0 && published < _threshold)
                {
                    Put(_threshold, keys * published / _threshold);
                    Put(0, keys * (1 - ((double)published / _threshold)));
                }
                else
                {
                    Put(Math.Max(published, 0), keys);
                }
            }
        }
        return WholeKeys(mass.Select(m => (m.Key - count, m.Value)).ToList());
    }

    /// <summary>Rounds key masses to whole keys adding up to 256, by largest remainders, keeping the outcomes in order.</summary>
    private static Perturbation[] WholeKeys(List<(long Change, double Keys)> outcomes)
    {
        var whole = outcomes.Select(o => (int)Math.Floor(o.Keys + 1e-9)).ToArray();
        var short_ = RecordKeys.Range - whole.Sum();
        foreach (var i in Enumerable.Range(0, outcomes.Count).OrderByDescending(i => outcomes[i].Keys - whole[i]).ThenBy(i => i).Take(short_))
        {
            whole[i]++;
        }
        return [.. outcomes.Select((o, i) => new Perturbation(o.Change, whole[i])).Where(p => p.Keys > 0)];
    }
}
