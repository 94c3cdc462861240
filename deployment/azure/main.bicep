// Azure infrastructure of the Assistant France services de l'Oise.
// Deploy: az deployment group create -g <group> -f deployment/azure/main.bicep -p @deployment/azure/main.parameters.json
// Every parameter is explained in deployment/README.md.

@description('Short name used to derive every resource name (lowercase letters and digits).')
@minLength(3)
@maxLength(16)
param namePrefix string = 'fsoise'

@description('Azure region of the web app, storage and monitoring (the bot resource itself is global).')
param location string = resourceGroup().location

@description('Client ID of the Entra ID app registration (or user-assigned managed identity) of the bot.')
param microsoftAppId string

@description('How the bot authenticates: SingleTenant (recommended), MultiTenant or UserAssignedMSI.')
@allowed(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
param microsoftAppType string = 'SingleTenant'

@description('Entra ID tenant of the app registration (required for SingleTenant and UserAssignedMSI).')
param microsoftAppTenantId string = tenant().tenantId

@description('Client secret of the app registration (empty for UserAssignedMSI).')
@secure()
param microsoftAppPassword string = ''

@description('Resource ID of the user-assigned managed identity (UserAssignedMSI only).')
param msiResourceId string = ''

@description('Direct Line secret of the web page (copy it from the Direct Line channel after the first deployment, then redeploy).')
@secure()
param directLineSecret string = ''

@description('App Service plan size: B1 for a pilot, P1v3 for production.')
param appServiceSku string = 'B1'

@description('Number of web app instances. Above 1, every instance shares the conversation state in Blob storage.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Pricing tier of the Azure Bot resource: F0 (free, standard channels limited) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'S1'

@description('Channels where answers are short by default (agents at the desk), comma-separated.')
param agentChannels string = 'msteams'

@description('Log level of the service: fatal, error, warn, info, debug or trace.')
@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace'])
param logLevel string = 'info'

@description('Secret mixed into the conversation hashes of the usage statistics (at least 16 characters; generate it once, e.g. openssl rand -hex 32, and keep it).')
@secure()
@minLength(16)
param usageSalt string

@description('Client ID of the Entra ID app registration that signs coordinators in to /pilotage (App Service authentication). Empty: /pilotage stays closed.')
param pilotageClientId string = ''

@description('Client secret of that app registration.')
@secure()
param pilotageClientSecret string = ''

var suffix = uniqueString(resourceGroup().id)
var webAppName = '${namePrefix}-bot-${suffix}'
var publicBaseUrl = 'https://${webAppName}.azurewebsites.net'
var stateContainer = 'conversation-state'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs-${suffix}'
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 90 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: { Application_Type: 'Node.JS', WorkspaceResourceId: logs.id }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${namePrefix}st${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateBlobs 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainer
  properties: { publicAccess: 'None' }
}

// Retention of conversation state (README, privacy notice): a blob not written for 30 days is deleted.
resource stateRetention 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'conversation-state-30-days'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: [ 'blockBlob' ], prefixMatch: [ '${stateContainer}/' ] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 30 } } }
          }
        }
      ]
    }
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: true
      // Readiness, not liveness: an instance whose storage does not answer leaves the rotation.
      healthCheckPath: '/readyz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'PUBLIC_BASE_URL', value: publicBaseUrl }
        { name: 'MicrosoftAppId', value: microsoftAppId }
        { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
        { name: 'STORAGE', value: 'blob' }
        // App Service's front end appends the client address to X-Forwarded-For: one trusted hop.
        { name: 'TRUST_PROXY', value: '1' }
        { name: 'BLOB_CONNECTION_STRING', value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}' }
        { name: 'BLOB_CONTAINER', value: stateContainer }
        { name: 'DIRECTLINE_SECRET', value: directLineSecret }
        { name: 'AGENT_CHANNELS', value: agentChannels }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'USAGE_STORE', value: 'table' }
        { name: 'USAGE_TABLE_CONNECTION_STRING', value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}' }
        { name: 'USAGE_TABLE_NAME', value: 'usage' }
        { name: 'USAGE_SALT', value: usageSalt }
        { name: 'PILOTAGE_AUTH', value: 'appservice' }
        { name: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET', value: pilotageClientSecret }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Assistant France services de l\'Oise'
    endpoint: '${publicBaseUrl}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId
    msaAppMSIResourceId: microsoftAppType == 'UserAssignedMSI' ? msiResourceId : null
    developerAppInsightKey: insights.properties.InstrumentationKey
    publicNetworkAccess: 'Enabled'
  }
}

resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: { channelName: 'WebChatChannel' }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        { siteName: 'Site de la préfecture', isEnabled: true, isV1Enabled: false, isV3Enabled: true, isSecureSiteEnabled: true, trustedOrigins: [publicBaseUrl] }
      ]
    }
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true } }
}

// App Service authentication (Entra ID) for the coordinators' dashboard: anonymous requests still
// reach the bot and the public page; /pilotage sends a visitor who is not signed in to the Entra
// sign-in page and reads the signed-in identity from the header App Service sets.
resource pilotageAuth 'Microsoft.Web/sites/config@2023-12-01' = if (!empty(pilotageClientId)) {
  parent: webApp
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: { requireAuthentication: false, unauthenticatedClientAction: 'AllowAnonymous' }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: 'https://login.microsoftonline.com/${microsoftAppTenantId}/v2.0'
          clientId: pilotageClientId
          clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
        }
        validation: { allowedAudiences: [ 'api://${pilotageClientId}' ] }
      }
    }
    login: { tokenStore: { enabled: true } }
  }
}

@description('Address of the chat page and of the bot endpoint.')
output publicBaseUrl string = publicBaseUrl
output webAppName string = webApp.name
output botName string = bot.name
output storageAccountName string = storage.name
