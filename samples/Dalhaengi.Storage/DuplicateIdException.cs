namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// An aggregate's id is already stored: with two writers at once, the other one took it between this writer's
/// choice of id and its transaction. The commands that number new records catch it and take the next id.
/// </summary>
internal sealed class DuplicateIdException(string message) : InvalidOperationException(message);
