namespace Dalhaengi.Core.Outreach;

/// <summary>
/// The thread-safe store behind the in-memory repositories. Values are immutable, so the store hands out the
/// stored references; one lock keeps batches all-or-nothing and version checks atomic.
/// </summary>
internal sealed class InMemoryStore<TId, T>(string kind, Func<T, TId> idOf, Func<T, int> versionOf)
    where TId : notnull
    where T : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TId, T> _items = [];

    public Task<T?> FindAsync(TId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_items.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<T>> ListAsync(Func<T, bool> filter, Func<IEnumerable<T>, IEnumerable<T>> order, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        T[] snapshot;
        lock (_gate)
        {
            snapshot = [.. _items.Values];
        }

        return Task.FromResult<IReadOnlyList<T>>([.. order(snapshot.Where(filter))]);
    }

    public Task AddRangeAsync(IEnumerable<T> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var batch = items.ToList();
        if (batch.Any(i => i is null))
        {
            throw new ArgumentNullException(nameof(items), $"A batch of {kind}s holds null.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var seen = new HashSet<TId>();
            foreach (var item in batch)
            {
                var id = idOf(item);
                if (_items.ContainsKey(id) || !seen.Add(id))
                {
                    throw new InvalidOperationException($"A {kind} with id '{id}' is already stored or repeated in the batch; nothing was added.");
                }
            }

            foreach (var item in batch)
            {
                _items.Add(idOf(item), item);
            }
        }

        return Task.CompletedTask;
    }

    public Task UpdateAsync(T item, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (versionOf(item) <= expectedVersion)
        {
            throw new ArgumentException($"The {kind} has version {versionOf(item)}, not above the expected {expectedVersion}: nothing changed.", nameof(item));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var id = idOf(item);
        lock (_gate)
        {
            if (!_items.TryGetValue(id, out var stored))
            {
                throw new KeyNotFoundException($"No {kind} with id '{id}' is stored.");
            }

            if (versionOf(stored) != expectedVersion)
            {
                throw new ConcurrencyConflictException($"{kind} {id}", expectedVersion, versionOf(stored));
            }

            _items[id] = item;
        }

        return Task.CompletedTask;
    }
}
