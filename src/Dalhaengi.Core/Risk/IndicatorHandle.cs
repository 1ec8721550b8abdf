using Ardalis.GuardClauses;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// An indicator resolved once against a catalog, so that a <see cref="HouseholdBatchBuilder"/> filled row by row
/// (a CSV file, a database reader, a wide table with one column per indicator) does not look its code up for every
/// signal.
/// </summary>
/// <remarks>
/// Resolve each indicator of the input once, for example from a table's column headers, with
/// <see cref="Of(IndicatorCatalog, IndicatorCode)"/>, then pass the handle to
/// <see cref="HouseholdBatchBuilder.AddSignal(IndicatorHandle, double, NodaTime.LocalDate, Households.SignalSource)"/>
/// or <see cref="HouseholdBatchBuilder.AddSignals"/>. A handle belongs to its catalog: a builder of another catalog
/// rejects it.
/// </remarks>
public readonly record struct IndicatorHandle
{
    private IndicatorHandle(IndicatorCatalog catalog, int ordinal)
    {
        Catalog = catalog;
        Ordinal = ordinal;
    }

    /// <summary>The indicator's code; <see langword="default"/> for a default handle.</summary>
    public IndicatorCode Code => Catalog is null ? default : Catalog.Indicators[Ordinal].Code;

    internal IndicatorCatalog? Catalog { get; }

    internal int Ordinal { get; }

    /// <summary>Resolves an indicator of a catalog.</summary>
    /// <param name="catalog">The catalog the batch is laid out by.</param>
    /// <param name="code">The indicator's code, for example <c>utility.gas.cutoff</c>.</param>
    /// <returns>The handle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog has no indicator with that code.</exception>
    public static IndicatorHandle Of(IndicatorCatalog catalog, IndicatorCode code)
    {
        Guard.Against.Null(catalog);
        var ordinal = catalog.OrdinalOf(code);
        return ordinal >= 0
            ? new IndicatorHandle(catalog, ordinal)
            : throw new ArgumentException($"Indicator '{code}' is not in the catalog ({catalog}).", nameof(code));
    }

    /// <summary>Returns the indicator's code.</summary>
    /// <returns>For example <c>utility.gas.cutoff</c>.</returns>
    public override string ToString() => Code.ToString();
}
