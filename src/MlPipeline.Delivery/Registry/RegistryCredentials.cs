namespace MlPipeline.Delivery.Registry;

/// <summary>A user name and password (or token) for a registry. <see cref="ToString"/> never shows the password.</summary>
public sealed class RegistryCredentials
{
    public RegistryCredentials(string username, string password)
    {
        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password))
        {
            throw new DeliveryException(DeliveryError.InvalidInput, "Registry credentials need both a user name and a password (or token); one of them is empty.");
        }

        Username = username;
        Password = password;
    }

    public string Username { get; }

    public string Password { get; }

    public override string ToString() => $"{Username}:***";
}
