# Every secret the containers read lives here; Container Apps reference them by versionless id
# through the apps' user-assigned identity, so a new version is picked up on the next revision
# or restart (docs/deploy.md, "Rotate a secret"). No secret value is written in these files:
# they are generated (random_*), derived from resources, or passed in as sensitive variables.
resource "azurerm_key_vault" "main" {
  name                       = "kv-${local.unique}"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  enable_rbac_authorization  = true
  purge_protection_enabled   = true
  soft_delete_retention_days = 90
  tags                       = local.tags
}

# The apps read secrets; they cannot list or write them.
resource "azurerm_role_assignment" "apps_read_secrets" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.apps.principal_id
}

# Whoever runs Terraform writes the secrets below.
resource "azurerm_role_assignment" "deployer_writes_secrets" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Secrets Officer"
  principal_id         = data.azurerm_client_config.current.object_id
}

resource "random_password" "device_cookie_secret" {
  length  = 64
  special = false
}

# SSO_SECRET_KEY: base64 of exactly 32 random bytes (AES-256-GCM).
resource "random_bytes" "sso_secret_key" {
  length = 32
}

resource "random_password" "metrics_token" {
  length  = 48
  special = false
}

locals {
  key_vault_secret_names = [
    "database-url",
    "database-url-direct",
    "device-cookie-secret",
    "sso-secret-key",
    "smtp-url",
    "azure-storage-connection-string",
    "metrics-token",
  ]
  # Key Vault secret name => value. Names are what the container apps' `secret` blocks use.
  key_vault_secrets = {
    "database-url"                    = local.database_url_api
    "database-url-direct"             = local.database_url_direct
    "device-cookie-secret"            = random_password.device_cookie_secret.result
    "sso-secret-key"                  = random_bytes.sso_secret_key.base64
    "smtp-url"                        = var.smtp_url
    "azure-storage-connection-string" = azurerm_storage_account.files.primary_connection_string
    "metrics-token"                   = random_password.metrics_token.result
  }
}

resource "azurerm_key_vault_secret" "app" {
  # The names are listed apart from the values so for_each never sees a sensitive value.
  for_each     = toset(local.key_vault_secret_names)
  name         = each.key
  value        = local.key_vault_secrets[each.key]
  key_vault_id = azurerm_key_vault.main.id
  content_type = "text/plain"

  depends_on = [azurerm_role_assignment.deployer_writes_secrets]
}
