using Ardalis.GuardClauses;

namespace Dalhaengi.Core.Access;

/// <summary>Keeps the access record in memory, append-only and thread-safe; the default until a host registers durable storage.</summary>
public sealed class InMemoryAccessRecordRepository : IAccessRecordRepository
{
    private readonly Lock _gate = new();
    private readonly List<AccessRecordEntry> _entries = [];

    /// <inheritdoc />
    public Task AppendAsync(AccessRecordEntry entry, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _entries.Add(entry);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AccessRecordEntry>> ListAsync(AccessRecordQuery? query = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<AccessRecordEntry> result = [.. _entries.Where(e => query is null || query.Matches(e))];
            return Task.FromResult(result);
        }
    }
}
