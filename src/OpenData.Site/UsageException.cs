namespace OpenData.Site;

/// <summary>A command was called with arguments that make no sense together; exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
