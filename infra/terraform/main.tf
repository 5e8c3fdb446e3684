data "azurerm_client_config" "current" {}

locals {
  prefix = "${var.name}-${var.environment}"
  # Globally unique names (storage account, Key Vault, registry, PostgreSQL) take a stable random suffix.
  unique = "${var.name}${var.environment}${random_string.suffix.result}"
  tags = merge(var.tags, {
    application = "midlands-improvement-commons"
    environment = var.environment
    managed_by  = "terraform"
  })

  api_app_name = "${local.prefix}-api"
  web_app_name = "${local.prefix}-web"

  migration_image_tag = coalesce(var.migration_image_tag, var.image_tag)
  api_image           = "${azurerm_container_registry.main.login_server}/mic-api:${var.image_tag}"
  migration_image     = "${azurerm_container_registry.main.login_server}/mic-api:${local.migration_image_tag}"
  web_image           = "${azurerm_container_registry.main.login_server}/mic-web:${var.image_tag}"

  # Custom domains when given; otherwise the apps' own addresses, which are known before the apps
  # exist (<app>.<environment default domain>), so the API and the web can name each other.
  web_public_url = coalesce(var.web_public_url, "https://${local.web_app_name}.${azurerm_container_app_environment.main.default_domain}")
  api_public_url = coalesce(var.api_public_url, "https://${local.api_app_name}.${azurerm_container_app_environment.main.default_domain}")

  # Traffic: all to the newest revision, or split with a stable one while the new one is checked.
  split_traffic = var.stable_revision_suffix != null && var.stable_revision_suffix != var.image_tag
  traffic = local.split_traffic ? [
    { latest_revision = true, revision_suffix = null, percentage = var.new_revision_traffic_percent },
    { latest_revision = false, revision_suffix = var.stable_revision_suffix, percentage = 100 - var.new_revision_traffic_percent },
    ] : [
    { latest_revision = true, revision_suffix = null, percentage = 100 },
  ]
}

resource "random_string" "suffix" {
  length  = 5
  lower   = true
  upper   = false
  numeric = true
  special = false
}

resource "azurerm_resource_group" "main" {
  name     = "rg-${local.prefix}"
  location = var.location
  tags     = local.tags
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-${local.prefix}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 90
  tags                = local.tags
}

# The identity every container uses to pull images and read its secrets from Key Vault.
resource "azurerm_user_assigned_identity" "apps" {
  name                = "id-${local.prefix}-apps"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  tags                = local.tags
}

resource "azurerm_container_registry" "main" {
  name                = "cr${local.unique}"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "Standard"
  admin_enabled       = false
  tags                = local.tags
}

resource "azurerm_role_assignment" "apps_pull_images" {
  scope                = azurerm_container_registry.main.id
  role_definition_name = "AcrPull"
  principal_id         = azurerm_user_assigned_identity.apps.principal_id
}
