# Uploaded files (FILE_STORAGE=azure): a private container, never public blobs.
resource "azurerm_storage_account" "files" {
  name                            = "st${local.unique}"
  location                        = azurerm_resource_group.main.location
  resource_group_name             = azurerm_resource_group.main.name
  account_kind                    = "StorageV2"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  https_traffic_only_enabled      = true
  allow_nested_items_to_be_public = false
  # The API authenticates with the connection string from Key Vault (AZURE_STORAGE_CONNECTION_STRING).
  shared_access_key_enabled = true

  blob_properties {
    versioning_enabled = true

    delete_retention_policy {
      days = 30
    }

    container_delete_retention_policy {
      days = 30
    }
  }

  tags = local.tags
}

resource "azurerm_storage_container" "files" {
  name                  = "uploads"
  storage_account_id    = azurerm_storage_account.files.id
  container_access_type = "private"
}
