namespace EidAnalytics.Core.Disclosure;

/// <summary>The cell key method: the count plus the change its row of the <see cref="PerturbationTable"/> gives for the cell key.</summary>
public sealed class CellKeyPerturbation(PerturbationTable table) : CountProtection
{
    public override string Method => DisclosureOptions.CellKey;

    public PerturbationTable Table => table;

    public override long Publish(long count, int cellKey) => table.Publish(count, cellKey);
}
