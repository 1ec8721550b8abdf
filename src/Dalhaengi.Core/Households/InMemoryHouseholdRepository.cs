using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Households;

/// <summary>Keeps households in memory for tests and the sample host's first run; thread-safe.</summary>
/// <remarks>
/// Households are mutable, so the store keeps copies: one taken when a household is added or replaced, and a fresh
/// one handed out on every read. Changing a household without <see cref="UpdateAsync"/> then changes nothing stored,
/// as with a durable store.
/// </remarks>
internal sealed class InMemoryHouseholdRepository : IHouseholdRepository
{
    private readonly Lock _gate = new();
    private readonly Dictionary<HouseholdId, Household> _items = [];

    public Task<Household?> FindAsync(HouseholdId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_items.TryGetValue(id, out var stored) ? Copy(stored) : null);
        }
    }

    public Task<IReadOnlyList<Household>> ListAsync(DistrictCode? district = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Household[] snapshot;
        lock (_gate)
        {
            snapshot = [.. _items.Values];
        }

        IReadOnlyList<Household> result =
        [
            .. snapshot.Where(h => district is null || h.District == district.Value)
                .OrderBy(h => h.Id.Value, StringComparer.Ordinal)
                .Select(Copy),
        ];
        return Task.FromResult(result);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_items.Count);
        }
    }

    public Task<IReadOnlyList<HouseholdId>> ListIdsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<HouseholdId>>([.. _items.Keys.OrderBy(id => id.Value, StringComparer.Ordinal)]);
        }
    }

    public Task AddRangeAsync(IEnumerable<Household> households, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(households);
        var batch = households.ToList();
        if (batch.Any(h => h is null))
        {
            throw new ArgumentNullException(nameof(households), "A batch of households holds null.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var copies = batch.Select(Copy).ToList();
        lock (_gate)
        {
            var seen = new HashSet<HouseholdId>();
            foreach (var h in copies)
            {
                if (_items.ContainsKey(h.Id) || !seen.Add(h.Id))
                {
                    throw new InvalidOperationException($"A household with id '{h.Id}' is already stored or repeated in the batch; nothing was added.");
                }
            }

            foreach (var h in copies)
            {
                _items.Add(h.Id, h);
            }
        }

        return Task.CompletedTask;
    }

    public Task UpdateAsync(Household household, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(household);
        cancellationToken.ThrowIfCancellationRequested();
        var copy = Copy(household);
        lock (_gate)
        {
            if (!_items.ContainsKey(copy.Id))
            {
                throw new KeyNotFoundException($"No household with id '{copy.Id}' is stored.");
            }

            _items[copy.Id] = copy;
        }

        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(HouseholdId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_items.Remove(id));
        }
    }

    /// <summary>Copies a household's state, without its events; members and signals are immutable records, so they are shared.</summary>
    private static Household Copy(Household h) =>
        new(h.Id, h.District, h.Members, h.Housing, h.Site, h.Contact, h.Consent, h.Programmes, h.Signals, h.ContactName, h.ContactPhone, h.Note);
}
